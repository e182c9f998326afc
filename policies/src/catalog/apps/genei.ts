import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.genei.io/';

/** Genei (Genei): AI search. */
export const genei = {
  id: 'genei',
  name: 'Genei',
  vendor: 'Genei',
  category: 'search',
  hosts: ['genei.io'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.genei.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
