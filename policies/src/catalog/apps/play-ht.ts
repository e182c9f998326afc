import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://play.ht/privacy/';

/** PlayHT (PlayHT): voice and audio. */
export const playHt = {
  id: 'play-ht',
  name: 'PlayHT',
  vendor: 'PlayHT',
  category: 'voice',
  hosts: ['play.ht'],
  apiHosts: ['api.play.ht'],
  sources: ['awesome-ai-tools links', 'https://play.ht/privacy/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
