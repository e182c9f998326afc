import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://portkey.ai/privacy-policy';

/** Portkey (Portkey): inference platform. */
export const portkey = {
  id: 'portkey',
  name: 'Portkey',
  vendor: 'Portkey',
  category: 'inference_platform',
  hosts: ['portkey.ai'],
  apiHosts: ['api.portkey.ai'],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://portkey.ai/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
