import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://surferseo.com/';

/** Surfer (Surfer): writing. */
export const surfer = {
  id: 'surfer',
  name: 'Surfer',
  vendor: 'Surfer',
  category: 'writing',
  hosts: ['surferseo.com'],
  apiHosts: [],
  sources: ['https://surferseo.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
