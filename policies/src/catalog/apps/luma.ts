import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://lumalabs.ai/legal/privacy';

/** Luma Dream Machine (Luma AI): video. */
export const luma = {
  id: 'luma',
  name: 'Luma Dream Machine',
  vendor: 'Luma AI',
  category: 'video',
  hosts: ['lumalabs.ai'],
  apiHosts: ['api.lumalabs.ai'],
  sources: ['awesome-generative-ai links', 'https://lumalabs.ai/legal/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
