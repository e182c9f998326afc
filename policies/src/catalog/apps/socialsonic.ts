import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://socialsonic.com/';

/** Socialsonic (Socialsonic): AI-related site. */
export const socialsonic = {
  id: 'socialsonic',
  name: 'Socialsonic',
  vendor: 'Socialsonic',
  category: 'other',
  hosts: ['socialsonic.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://socialsonic.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
