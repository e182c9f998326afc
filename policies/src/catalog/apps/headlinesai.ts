import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://headlinesai.pro/';

/** Headlinesai.pro (Headlinesai.pro): writing. */
export const headlinesai = {
  id: 'headlinesai',
  name: 'Headlinesai.pro',
  vendor: 'Headlinesai.pro',
  category: 'writing',
  hosts: ['headlinesai.pro'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://headlinesai.pro/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
