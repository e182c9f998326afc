import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://podcast.ai/';

/** Podcast.ai (Play.ht): voice and audio. */
export const podcastAi = {
  id: 'podcast-ai',
  name: 'Podcast.ai',
  vendor: 'Play.ht',
  category: 'voice',
  hosts: ['podcast.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://podcast.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
