import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://unsloth.ai/';

/** Unsloth (Unsloth): AI-related site. */
export const unsloth = {
  id: 'unsloth',
  name: 'Unsloth',
  vendor: 'Unsloth',
  category: 'other',
  hosts: [],
  apiHosts: [],
  relatedHosts: ['unsloth.ai'],
  sources: ['awesome-generative-ai links', 'https://unsloth.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
