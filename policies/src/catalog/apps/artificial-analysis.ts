import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://artificialanalysis.ai/';

/** Artificial Analysis (Artificial Analysis): AI-related site. */
export const artificialAnalysis = {
  id: 'artificial-analysis',
  name: 'Artificial Analysis',
  vendor: 'Artificial Analysis',
  category: 'other',
  hosts: [],
  apiHosts: [],
  relatedHosts: ['artificialanalysis.ai'],
  sources: ['awesome-generative-ai links', 'https://artificialanalysis.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
