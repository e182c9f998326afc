import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://kaiber.ai/';

/** Kaiber (Kaiber): video. */
export const kaiber = {
  id: 'kaiber',
  name: 'Kaiber',
  vendor: 'Kaiber',
  category: 'video',
  hosts: ['kaiber.ai'],
  apiHosts: [],
  sources: ['https://kaiber.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
