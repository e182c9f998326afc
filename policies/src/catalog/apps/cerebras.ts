import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.cerebras.ai/privacy-policy';

/** Cerebras Inference (Cerebras): inference platform. */
export const cerebras = {
  id: 'cerebras',
  name: 'Cerebras Inference',
  vendor: 'Cerebras',
  category: 'inference_platform',
  hosts: ['cloud.cerebras.ai'],
  apiHosts: ['api.cerebras.ai'],
  relatedHosts: ['cerebras.ai'],
  sources: ['v2fly/domain-list-community data/cerebras', 'https://www.cerebras.ai/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
