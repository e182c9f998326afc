import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://rayyan.ai/';

/** Rayyan (Rayyan): AI search. */
export const rayyan = {
  id: 'rayyan',
  name: 'Rayyan',
  vendor: 'Rayyan',
  category: 'search',
  hosts: ['rayyan.ai'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://rayyan.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
