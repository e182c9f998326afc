import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://writer.com/legal/privacy/';

/** Writer (Writer): writing. */
export const writer = {
  id: 'writer',
  name: 'Writer',
  vendor: 'Writer',
  category: 'writing',
  hosts: ['writer.com'],
  apiHosts: ['api.writer.com'],
  sources: ['https://writer.com/legal/privacy/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
