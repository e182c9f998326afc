import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://paperpal.com/';

/** Paperpal (Cactus Communications): writing. */
export const paperpal = {
  id: 'paperpal',
  name: 'Paperpal',
  vendor: 'Cactus Communications',
  category: 'writing',
  hosts: ['paperpal.com'],
  apiHosts: [],
  sources: ['https://paperpal.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
