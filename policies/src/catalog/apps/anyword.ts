import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://anyword.com/privacy-policy/';

/** Anyword (Anyword): writing. */
export const anyword = {
  id: 'anyword',
  name: 'Anyword',
  vendor: 'Anyword',
  category: 'writing',
  hosts: ['anyword.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://anyword.com/privacy-policy/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
