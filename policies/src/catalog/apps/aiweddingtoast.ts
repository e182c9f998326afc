import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://aiweddingtoast.com/';

/** AI Wedding Toast (AI Wedding Toast): AI-related site. */
export const aiweddingtoast = {
  id: 'aiweddingtoast',
  name: 'AI Wedding Toast',
  vendor: 'AI Wedding Toast',
  category: 'other',
  hosts: ['aiweddingtoast.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://aiweddingtoast.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
