import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://policies.google.com/';

/** Google DeepMind (Google): AI-related site. */
export const googleDeepmind = {
  id: 'google-deepmind',
  name: 'Google DeepMind',
  vendor: 'Google',
  category: 'other',
  hosts: [],
  apiHosts: [],
  relatedHosts: ['deepmind.com', 'deepmind.google', 'imagen.research.google', 'ai.google'],
  sources: ['v2fly/domain-list-community data/google-deepmind', 'awesome-ai-tools links', 'awesome-generative-ai links', 'https://policies.google.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
