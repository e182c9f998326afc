import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://hourone.ai/';

/** Hour One (Hour One): video. */
export const hourOne = {
  id: 'hour-one',
  name: 'Hour One',
  vendor: 'Hour One',
  category: 'video',
  hosts: ['hourone.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://hourone.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
