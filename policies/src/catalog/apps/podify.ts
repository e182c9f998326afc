import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://podify.io/';

/** Podify.io (Podify.io): AI-related site. */
export const podify = {
  id: 'podify',
  name: 'Podify.io',
  vendor: 'Podify.io',
  category: 'other',
  hosts: ['podify.io'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://podify.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
