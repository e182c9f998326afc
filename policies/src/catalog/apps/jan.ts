import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://jan.ai/';

/** Jan (Menlo Research): AI-related site. */
export const jan = {
  id: 'jan',
  name: 'Jan',
  vendor: 'Menlo Research',
  category: 'other',
  hosts: [],
  apiHosts: [],
  relatedHosts: ['jan.ai'],
  sources: ['awesome-generative-ai links', 'https://jan.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
