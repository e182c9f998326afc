import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.rwkv.com/';

/** RWKV (RWKV Foundation): AI-related site. */
export const rwkv = {
  id: 'rwkv',
  name: 'RWKV',
  vendor: 'RWKV Foundation',
  category: 'other',
  hosts: [],
  apiHosts: [],
  relatedHosts: ['rwkv.cn', 'rwkv.com'],
  sources: ['v2fly/domain-list-community data/category-ai-cn', 'https://www.rwkv.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
