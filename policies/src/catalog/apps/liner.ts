import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://getliner.com/';

/** Liner (Liner): AI search. */
export const liner = {
  id: 'liner',
  name: 'Liner',
  vendor: 'Liner',
  category: 'search',
  hosts: ['liner.com', 'getliner.com'],
  apiHosts: [],
  sources: ['https://getliner.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
