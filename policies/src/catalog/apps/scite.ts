import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://scite.ai/policies/privacy';

/** scite (Research Solutions): AI search. */
export const scite = {
  id: 'scite',
  name: 'scite',
  vendor: 'Research Solutions',
  category: 'search',
  hosts: ['scite.ai'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://scite.ai/policies/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
