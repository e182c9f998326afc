import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://scale.com/legal/privacy';

/** Scale AI (Scale AI): AI-related site. */
export const scaleAi = {
  id: 'scale-ai',
  name: 'Scale AI',
  vendor: 'Scale AI',
  category: 'other',
  hosts: [],
  apiHosts: [],
  relatedHosts: ['scale.com'],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://scale.com/legal/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
