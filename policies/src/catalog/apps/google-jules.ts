import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://policies.google.com/';

/** Jules (Google): coding assistant. */
export const googleJules = {
  id: 'google-jules',
  name: 'Jules',
  vendor: 'Google',
  category: 'coding_assistant',
  hosts: ['jules.google.com', 'jules.google'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/google-deepmind', 'https://policies.google.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
