import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://sourcely.net/';

/** Sourcely (Sourcely): AI search. */
export const sourcely = {
  id: 'sourcely',
  name: 'Sourcely',
  vendor: 'Sourcely',
  category: 'search',
  hosts: ['sourcely.net'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://sourcely.net/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
