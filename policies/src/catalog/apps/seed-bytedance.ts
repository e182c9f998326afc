import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://seed.bytedance.com/';

/** ByteDance Seed (ByteDance): AI-related site. */
export const seedBytedance = {
  id: 'seed-bytedance',
  name: 'ByteDance Seed',
  vendor: 'ByteDance',
  category: 'other',
  hosts: [],
  apiHosts: [],
  relatedHosts: ['seed.bytedance.com'],
  sources: ['awesome-generative-ai links', 'https://seed.bytedance.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
