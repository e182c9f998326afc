import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://simplified.com/';

/** Simplified (Simplified): writing. */
export const simplified = {
  id: 'simplified',
  name: 'Simplified',
  vendor: 'Simplified',
  category: 'writing',
  hosts: ['simplified.com'],
  apiHosts: [],
  sources: ['https://simplified.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
