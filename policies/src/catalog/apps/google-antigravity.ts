import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://policies.google.com/';

/** Google Antigravity (Google): coding assistant. */
export const googleAntigravity = {
  id: 'google-antigravity',
  name: 'Google Antigravity',
  vendor: 'Google',
  category: 'coding_assistant',
  hosts: ['antigravity.google'],
  apiHosts: ['antigravity-pa.googleapis.com', 'antigravity.googleapis.com'],
  relatedHosts: ['antigravity-unleash.goog'],
  sources: ['v2fly/domain-list-community data/google-deepmind', 'https://policies.google.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
