import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://learnprompting.org/';

/** Learn Prompting (Learn Prompting): AI-related site. */
export const learnprompting = {
  id: 'learnprompting',
  name: 'Learn Prompting',
  vendor: 'Learn Prompting',
  category: 'other',
  hosts: [],
  apiHosts: [],
  relatedHosts: ['learnprompting.org'],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://learnprompting.org/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
