import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.loudly.com/';

/** Loudly (Loudly): voice and audio. */
export const loudly = {
  id: 'loudly',
  name: 'Loudly',
  vendor: 'Loudly',
  category: 'voice',
  hosts: ['loudly.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://www.loudly.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
