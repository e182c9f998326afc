import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://mubert.com/';

/** Mubert (Mubert): voice and audio. */
export const mubert = {
  id: 'mubert',
  name: 'Mubert',
  vendor: 'Mubert',
  category: 'voice',
  hosts: ['mubert.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://mubert.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
