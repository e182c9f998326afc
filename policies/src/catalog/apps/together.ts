import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.together.ai/privacy';

/** Together AI (Together AI): inference platform. */
export const together = {
  id: 'together',
  name: 'Together AI',
  vendor: 'Together AI',
  category: 'inference_platform',
  hosts: ['together.ai', 'together.xyz'],
  apiHosts: ['api.together.xyz', 'api.together.ai'],
  sources: ['awesome-generative-ai links', 'https://www.together.ai/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
