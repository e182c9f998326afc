import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://ingenimax.ai/';

/** StarOps (StarOps): coding assistant. */
export const ingenimax = {
  id: 'ingenimax',
  name: 'StarOps',
  vendor: 'StarOps',
  category: 'coding_assistant',
  hosts: ['ingenimax.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://ingenimax.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
