import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://elicit.com/privacy';

/** Elicit (Elicit): AI search. */
export const elicit = {
  id: 'elicit',
  name: 'Elicit',
  vendor: 'Elicit',
  category: 'search',
  hosts: ['elicit.com', 'elicit.org'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://elicit.com/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
