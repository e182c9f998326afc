import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://fish.audio/';

/** Fish Audio (Fish Audio): voice and audio. */
export const fishAudio = {
  id: 'fish-audio',
  name: 'Fish Audio',
  vendor: 'Fish Audio',
  category: 'voice',
  hosts: ['fish.audio'],
  apiHosts: ['api.fish.audio'],
  sources: ['https://fish.audio/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
