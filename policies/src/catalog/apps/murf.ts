import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://murf.ai/privacy-policy';

/** Murf AI (Murf): voice and audio. */
export const murf = {
  id: 'murf',
  name: 'Murf AI',
  vendor: 'Murf',
  category: 'voice',
  hosts: ['murf.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://murf.ai/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
