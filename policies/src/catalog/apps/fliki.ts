import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://fliki.ai/';

/** Fliki (Fliki): video. */
export const fliki = {
  id: 'fliki',
  name: 'Fliki',
  vendor: 'Fliki',
  category: 'video',
  hosts: ['fliki.ai'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://fliki.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
