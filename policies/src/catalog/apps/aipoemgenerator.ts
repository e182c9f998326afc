import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://aipoemgenerator.org/';

/** AI Poem Generator (AI Poem Generator): writing. */
export const aipoemgenerator = {
  id: 'aipoemgenerator',
  name: 'AI Poem Generator',
  vendor: 'AI Poem Generator',
  category: 'writing',
  hosts: ['aipoemgenerator.org'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://aipoemgenerator.org/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
