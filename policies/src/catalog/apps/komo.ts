import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://komo.ai/';

/** Komo (Komo AI): AI search. */
export const komo = {
  id: 'komo',
  name: 'Komo',
  vendor: 'Komo AI',
  category: 'search',
  hosts: ['komo.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://komo.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
