import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://gpt4demo.com/';

/** GPT-4 Demo (GPT-4 Demo): AI-related site. */
export const gpt4demo = {
  id: 'gpt4demo',
  name: 'GPT-4 Demo',
  vendor: 'GPT-4 Demo',
  category: 'other',
  hosts: [],
  apiHosts: [],
  relatedHosts: ['gpt4demo.com'],
  sources: ['awesome-generative-ai links', 'https://gpt4demo.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
