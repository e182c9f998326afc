import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://recast.studio/';

/** Recast Studio (Recast Studio): video. */
export const recast = {
  id: 'recast',
  name: 'Recast Studio',
  vendor: 'Recast Studio',
  category: 'video',
  hosts: ['recast.studio'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://recast.studio/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
