import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.copy.ai/privacy';

/** Copy.ai (Copy.ai): writing. */
export const copyAi = {
  id: 'copy-ai',
  name: 'Copy.ai',
  vendor: 'Copy.ai',
  category: 'writing',
  hosts: ['copy.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.copy.ai/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
