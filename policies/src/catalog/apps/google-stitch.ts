import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://policies.google.com/';

/** Stitch (Google): coding assistant. */
export const googleStitch = {
  id: 'google-stitch',
  name: 'Stitch',
  vendor: 'Google',
  category: 'coding_assistant',
  hosts: ['stitch.withgoogle.com'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/google-deepmind', 'https://policies.google.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
