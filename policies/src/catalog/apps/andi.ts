import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://andisearch.com/';

/** Andi (Andi): AI search. */
export const andi = {
  id: 'andi',
  name: 'Andi',
  vendor: 'Andi',
  category: 'search',
  hosts: ['andisearch.com'],
  apiHosts: [],
  sources: ['https://andisearch.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
