import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://cleanlab.ai/';

/** Cleanlab (Cleanlab): AI-related site. */
export const cleanlab = {
  id: 'cleanlab',
  name: 'Cleanlab',
  vendor: 'Cleanlab',
  category: 'other',
  hosts: [],
  apiHosts: [],
  relatedHosts: ['cleanlab.ai'],
  sources: ['awesome-generative-ai links', 'https://cleanlab.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
