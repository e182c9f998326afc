import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://aisongmaker.io/';

/** AI Music Generator (AI Music Generator): voice and audio. */
export const aisongmaker = {
  id: 'aisongmaker',
  name: 'AI Music Generator',
  vendor: 'AI Music Generator',
  category: 'voice',
  hosts: ['aisongmaker.io'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://aisongmaker.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
