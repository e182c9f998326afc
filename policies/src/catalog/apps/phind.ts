import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.phind.com/privacy';

/** Phind (Phind): AI search. */
export const phind = {
  id: 'phind',
  name: 'Phind',
  vendor: 'Phind',
  category: 'search',
  hosts: ['phind.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.phind.com/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
