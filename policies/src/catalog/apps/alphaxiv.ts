import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.alphaxiv.org/';

/** alphaXiv (alphaXiv): AI search. */
export const alphaxiv = {
  id: 'alphaxiv',
  name: 'alphaXiv',
  vendor: 'alphaXiv',
  category: 'search',
  hosts: ['alphaxiv.org'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://www.alphaxiv.org/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
