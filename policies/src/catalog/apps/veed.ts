import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.veed.io/';

/** VEED (VEED): video. */
export const veed = {
  id: 'veed',
  name: 'VEED',
  vendor: 'VEED',
  category: 'video',
  hosts: ['veed.io'],
  apiHosts: [],
  sources: ['https://www.veed.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
