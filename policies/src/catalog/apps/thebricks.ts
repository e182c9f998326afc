import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://thebricks.com/';

/** Bricks (Bricks): AI-related site. */
export const thebricks = {
  id: 'thebricks',
  name: 'Bricks',
  vendor: 'Bricks',
  category: 'other',
  hosts: ['thebricks.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://thebricks.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
