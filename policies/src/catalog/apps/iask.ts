import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://iask.ai/';

/** iAsk (iAsk.ai): AI search. */
export const iask = {
  id: 'iask',
  name: 'iAsk',
  vendor: 'iAsk.ai',
  category: 'search',
  hosts: ['iask.ai'],
  apiHosts: [],
  sources: ['https://iask.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
