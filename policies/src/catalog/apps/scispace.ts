import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://scispace.com/privacy';

/** SciSpace (PubGenius): AI search. */
export const scispace = {
  id: 'scispace',
  name: 'SciSpace',
  vendor: 'PubGenius',
  category: 'search',
  hosts: ['scispace.com', 'typeset.io'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://scispace.com/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
