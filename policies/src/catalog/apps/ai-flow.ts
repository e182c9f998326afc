import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://ai-flow.net/';

/** AI-Flow (AI-Flow): AI-related site. */
export const aiFlow = {
  id: 'ai-flow',
  name: 'AI-Flow',
  vendor: 'AI-Flow',
  category: 'other',
  hosts: ['ai-flow.net'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://ai-flow.net/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
