import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.opus.pro/';

/** OpusClip (Opus): video. */
export const opusClip = {
  id: 'opus-clip',
  name: 'OpusClip',
  vendor: 'Opus',
  category: 'video',
  hosts: ['opus.pro'],
  apiHosts: [],
  sources: ['https://www.opus.pro/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
