import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://gradgpt.com/';

/** GradGPT (GradGPT): AI-related site. */
export const gradgpt = {
  id: 'gradgpt',
  name: 'GradGPT',
  vendor: 'GradGPT',
  category: 'other',
  hosts: ['gradgpt.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://gradgpt.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
