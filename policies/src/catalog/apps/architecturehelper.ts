import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://architecturehelper.com/';

/** Architecture Helper (Architecture Helper): AI-related site. */
export const architecturehelper = {
  id: 'architecturehelper',
  name: 'Architecture Helper',
  vendor: 'Architecture Helper',
  category: 'other',
  hosts: ['architecturehelper.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://architecturehelper.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
