import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.captions.ai/';

/** Captions (Captions): video. */
export const captions = {
  id: 'captions',
  name: 'Captions',
  vendor: 'Captions',
  category: 'video',
  hosts: ['captions.ai'],
  apiHosts: [],
  sources: ['https://www.captions.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
