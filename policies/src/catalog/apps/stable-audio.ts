import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://stability.ai/privacy-policy';

/** Stable Audio (Stability AI): voice and audio. */
export const stableAudio = {
  id: 'stable-audio',
  name: 'Stable Audio',
  vendor: 'Stability AI',
  category: 'voice',
  hosts: ['stableaudio.com'],
  apiHosts: [],
  sources: ['https://stability.ai/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
