import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://exa.ai/privacy-policy';

/** Exa (Exa Labs): AI search. */
export const exa = {
  id: 'exa',
  name: 'Exa',
  vendor: 'Exa Labs',
  category: 'search',
  hosts: ['exa.ai', 'metaphor.systems'],
  apiHosts: ['api.exa.ai'],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://exa.ai/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
