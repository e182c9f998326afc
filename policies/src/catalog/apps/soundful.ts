import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://soundful.com/';

/** Soundful (Soundful): voice and audio. */
export const soundful = {
  id: 'soundful',
  name: 'Soundful',
  vendor: 'Soundful',
  category: 'voice',
  hosts: ['soundful.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://soundful.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
