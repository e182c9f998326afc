import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.wordtune.com/privacy-policy';

/** Wordtune (AI21 Labs): writing. */
export const wordtune = {
  id: 'wordtune',
  name: 'Wordtune',
  vendor: 'AI21 Labs',
  category: 'writing',
  hosts: ['wordtune.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.wordtune.com/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
