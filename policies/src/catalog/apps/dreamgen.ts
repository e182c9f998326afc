import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://dreamgen.com/';

/** DreamGen (DreamGen): writing. */
export const dreamgen = {
  id: 'dreamgen',
  name: 'DreamGen',
  vendor: 'DreamGen',
  category: 'writing',
  hosts: ['dreamgen.com'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'https://dreamgen.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
