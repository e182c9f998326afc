import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://ecrettmusic.com/';

/** Ecrett Music (Ecrett Music): voice and audio. */
export const ecrettmusic = {
  id: 'ecrettmusic',
  name: 'Ecrett Music',
  vendor: 'Ecrett Music',
  category: 'voice',
  hosts: ['ecrettmusic.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://ecrettmusic.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
