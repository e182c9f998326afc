import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://gpt3demo.com/';

/** GPT-3 Demo (GPT-3 Demo): AI-related site. */
export const gpt3demo = {
  id: 'gpt3demo',
  name: 'GPT-3 Demo',
  vendor: 'GPT-3 Demo',
  category: 'other',
  hosts: [],
  apiHosts: [],
  relatedHosts: ['gpt3demo.com'],
  sources: ['awesome-generative-ai links', 'https://gpt3demo.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
