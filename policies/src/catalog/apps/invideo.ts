import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://invideo.io/privacy-policy';

/** invideo AI (invideo): video. */
export const invideo = {
  id: 'invideo',
  name: 'invideo AI',
  vendor: 'invideo',
  category: 'video',
  hosts: ['invideo.io'],
  apiHosts: [],
  sources: ['https://invideo.io/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
