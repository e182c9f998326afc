import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.lavender.ai/';

/** Lavender (Lavender): writing. */
export const lavender = {
  id: 'lavender',
  name: 'Lavender',
  vendor: 'Lavender',
  category: 'writing',
  hosts: ['lavender.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.lavender.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
