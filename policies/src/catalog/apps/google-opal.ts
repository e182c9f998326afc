import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://policies.google.com/';

/** Opal (Google): agent / automation. */
export const googleOpal = {
  id: 'google-opal',
  name: 'Opal',
  vendor: 'Google',
  category: 'agent',
  hosts: ['opal.google', 'opal.google.com'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/google-deepmind', 'https://policies.google.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
