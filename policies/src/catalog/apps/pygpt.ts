import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://pygpt.net/';

/** PyGPT (PyGPT): AI-related site. */
export const pygpt = {
  id: 'pygpt',
  name: 'PyGPT',
  vendor: 'PyGPT',
  category: 'other',
  hosts: ['pygpt.net'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://pygpt.net/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
