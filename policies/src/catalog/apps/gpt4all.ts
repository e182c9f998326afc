import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.nomic.ai/gpt4all';

/** GPT4All (Nomic AI): AI-related site. */
export const gpt4all = {
  id: 'gpt4all',
  name: 'GPT4All',
  vendor: 'Nomic AI',
  category: 'other',
  hosts: [],
  apiHosts: [],
  relatedHosts: ['gpt4all.io'],
  sources: ['https://www.nomic.ai/gpt4all'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
