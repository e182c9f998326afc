import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://gummysearch.com/';

/** GummySearch (GummySearch): AI-related site. */
export const gummysearch = {
  id: 'gummysearch',
  name: 'GummySearch',
  vendor: 'GummySearch',
  category: 'other',
  hosts: ['gummysearch.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://gummysearch.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
