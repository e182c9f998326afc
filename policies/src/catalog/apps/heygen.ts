import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.heygen.com/policy';

/** HeyGen (HeyGen): video. */
export const heygen = {
  id: 'heygen',
  name: 'HeyGen',
  vendor: 'HeyGen',
  category: 'video',
  hosts: ['heygen.com'],
  apiHosts: ['api.heygen.com'],
  sources: ['https://www.heygen.com/policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
