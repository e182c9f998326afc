import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://elai.io/';

/** Elai.io (Elai): video. */
export const elai = {
  id: 'elai',
  name: 'Elai.io',
  vendor: 'Elai',
  category: 'video',
  hosts: ['elai.io'],
  apiHosts: [],
  sources: ['https://elai.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
