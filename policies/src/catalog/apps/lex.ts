import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://lex.page/';

/** Lex (Every): writing. */
export const lex = {
  id: 'lex',
  name: 'Lex',
  vendor: 'Every',
  category: 'writing',
  hosts: ['lex.page'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://lex.page/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
