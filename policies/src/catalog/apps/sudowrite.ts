import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.sudowrite.com/';

/** Sudowrite (Sudowrite): writing. */
export const sudowrite = {
  id: 'sudowrite',
  name: 'Sudowrite',
  vendor: 'Sudowrite',
  category: 'writing',
  hosts: ['sudowrite.com'],
  apiHosts: [],
  sources: ['https://www.sudowrite.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
