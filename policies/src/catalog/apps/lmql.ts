import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://lmql.ai/';

/** LMQL (LMQL): AI-related site. */
export const lmql = {
  id: 'lmql',
  name: 'LMQL',
  vendor: 'LMQL',
  category: 'other',
  hosts: [],
  apiHosts: [],
  relatedHosts: ['lmql.ai'],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://lmql.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
