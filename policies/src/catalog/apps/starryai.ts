import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://starryai.com/';

/** starryai (starryai): image. */
export const starryai = {
  id: 'starryai',
  name: 'starryai',
  vendor: 'starryai',
  category: 'image',
  hosts: ['starryai.com'],
  apiHosts: [],
  sources: ['https://starryai.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
