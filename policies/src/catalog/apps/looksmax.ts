import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://looksmax.ai/';

/** LooksMax AI (LooksMax AI): AI-related site. */
export const looksmax = {
  id: 'looksmax',
  name: 'LooksMax AI',
  vendor: 'LooksMax AI',
  category: 'other',
  hosts: ['looksmax.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://looksmax.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
