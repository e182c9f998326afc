import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.explainpaper.com/';

/** Explainpaper (Explainpaper): AI search. */
export const explainpaper = {
  id: 'explainpaper',
  name: 'Explainpaper',
  vendor: 'Explainpaper',
  category: 'search',
  hosts: ['explainpaper.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.explainpaper.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
