import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://llm-stats.com/';

/** LLM Stats (LLM Stats): AI-related site. */
export const llmStats = {
  id: 'llm-stats',
  name: 'LLM Stats',
  vendor: 'LLM Stats',
  category: 'other',
  hosts: [],
  apiHosts: [],
  relatedHosts: ['llm-stats.com'],
  sources: ['awesome-generative-ai links', 'https://llm-stats.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
