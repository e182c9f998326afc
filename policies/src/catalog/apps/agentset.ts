import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://agentset.ai/';

/** Agentset (Agentset): AI search. */
export const agentset = {
  id: 'agentset',
  name: 'Agentset',
  vendor: 'Agentset',
  category: 'search',
  hosts: ['agentset.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://agentset.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
