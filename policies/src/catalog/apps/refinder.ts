import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://refinder.ai/';

/** Refinder AI (Refinder): AI search. */
export const refinder = {
  id: 'refinder',
  name: 'Refinder AI',
  vendor: 'Refinder',
  category: 'search',
  hosts: ['refinder.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://refinder.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
