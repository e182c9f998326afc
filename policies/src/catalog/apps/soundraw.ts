import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://soundraw.io/';

/** Soundraw (Soundraw): voice and audio. */
export const soundraw = {
  id: 'soundraw',
  name: 'Soundraw',
  vendor: 'Soundraw',
  category: 'voice',
  hosts: ['soundraw.io'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://soundraw.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
