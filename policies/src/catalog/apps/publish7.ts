import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://publish7.com/';

/** Publish7 (Publish7): writing. */
export const publish7 = {
  id: 'publish7',
  name: 'Publish7',
  vendor: 'Publish7',
  category: 'writing',
  hosts: ['publish7.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://publish7.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
