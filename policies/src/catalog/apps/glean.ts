import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.glean.com/privacy-policy';

/** Glean (Glean): AI search. */
export const glean = {
  id: 'glean',
  name: 'Glean',
  vendor: 'Glean',
  category: 'search',
  hosts: ['glean.com'],
  apiHosts: [],
  sources: ['https://www.glean.com/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
