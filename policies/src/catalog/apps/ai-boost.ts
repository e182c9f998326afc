import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://boost.pictures/';

/** AI Boost (AI Boost): image. */
export const aiBoost = {
  id: 'ai-boost',
  name: 'AI Boost',
  vendor: 'AI Boost',
  category: 'image',
  hosts: ['boost.pictures'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://boost.pictures/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
