import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://sharegpt.com/';

/** ShareGPT (ShareGPT): AI-related site. */
export const sharegpt = {
  id: 'sharegpt',
  name: 'ShareGPT',
  vendor: 'ShareGPT',
  category: 'other',
  hosts: ['sharegpt.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://sharegpt.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
