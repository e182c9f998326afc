import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.usemotion.com/privacy';

/** Motion (Motion): productivity. */
export const motion = {
  id: 'motion',
  name: 'Motion',
  vendor: 'Motion',
  category: 'productivity',
  hosts: ['usemotion.com'],
  apiHosts: [],
  sources: ['https://www.usemotion.com/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
