import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://haiper.ai/';

/** Haiper (Haiper): video. */
export const haiper = {
  id: 'haiper',
  name: 'Haiper',
  vendor: 'Haiper',
  category: 'video',
  hosts: ['haiper.ai'],
  apiHosts: [],
  sources: ['https://haiper.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
