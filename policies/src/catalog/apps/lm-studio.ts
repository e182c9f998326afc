import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://lmstudio.ai/';

/** LM Studio (Element Labs): AI-related site. */
export const lmStudio = {
  id: 'lm-studio',
  name: 'LM Studio',
  vendor: 'Element Labs',
  category: 'other',
  hosts: [],
  apiHosts: [],
  relatedHosts: ['lmstudio.ai'],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'awesome-generative-ai links', 'https://lmstudio.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
