import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://shortgen.video/';

/** ShortVideoGen (ShortVideoGen): video. */
export const shortgen = {
  id: 'shortgen',
  name: 'ShortVideoGen',
  vendor: 'ShortVideoGen',
  category: 'video',
  hosts: ['shortgen.video'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://shortgen.video/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
