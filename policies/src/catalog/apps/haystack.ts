import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.deepset.ai/';

/** deepset (Haystack) (deepset): agent / automation. */
export const haystack = {
  id: 'haystack',
  name: 'deepset (Haystack)',
  vendor: 'deepset',
  category: 'agent',
  hosts: ['haystack.deepset.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.deepset.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
