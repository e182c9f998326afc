import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.longshot.ai/';

/** LongShot AI (LongShot AI): writing. */
export const longshot = {
  id: 'longshot',
  name: 'LongShot AI',
  vendor: 'LongShot AI',
  category: 'writing',
  hosts: ['longshot.ai'],
  apiHosts: [],
  sources: ['https://www.longshot.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
