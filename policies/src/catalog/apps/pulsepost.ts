import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://pulsepost.io/';

/** PulsePost (PulsePost): writing. */
export const pulsepost = {
  id: 'pulsepost',
  name: 'PulsePost',
  vendor: 'PulsePost',
  category: 'writing',
  hosts: ['pulsepost.io'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://pulsepost.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
