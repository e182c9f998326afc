import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://llm.datasette.io/';

/** LLM (LLM): AI-related site. */
export const datasette = {
  id: 'datasette',
  name: 'LLM',
  vendor: 'LLM',
  category: 'other',
  hosts: [],
  apiHosts: [],
  relatedHosts: ['llm.datasette.io'],
  sources: ['awesome-generative-ai links', 'https://llm.datasette.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
