import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.n.cn/';

/** Nami AI Search (360): AI search. */
export const namiAi = {
  id: 'nami-ai',
  name: 'Nami AI Search',
  vendor: '360',
  category: 'search',
  hosts: ['n.cn', 'namiso.com', 'ai.zhaomi.cn'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-cn', 'https://www.n.cn/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
