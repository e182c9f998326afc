import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://remusic.ai/';

/** Remusic (Remusic): voice and audio. */
export const remusic = {
  id: 'remusic',
  name: 'Remusic',
  vendor: 'Remusic',
  category: 'voice',
  hosts: ['remusic.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://remusic.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
