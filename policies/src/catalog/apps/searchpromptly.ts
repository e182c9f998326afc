import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://searchpromptly.com/';

/** Promptly (Promptly): AI-related site. */
export const searchpromptly = {
  id: 'searchpromptly',
  name: 'Promptly',
  vendor: 'Promptly',
  category: 'other',
  hosts: ['searchpromptly.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://searchpromptly.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
