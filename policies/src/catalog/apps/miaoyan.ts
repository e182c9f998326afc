import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.miaoyanai.com/';

/** Miaoyan AI (Miaoyan AI): writing. */
export const miaoyan = {
  id: 'miaoyan',
  name: 'Miaoyan AI',
  vendor: 'Miaoyan AI',
  category: 'writing',
  hosts: ['miaoyanai.com'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-cn', 'https://www.miaoyanai.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
