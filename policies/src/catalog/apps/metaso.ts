import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://metaso.cn/';

/** Metaso AI Search (Metaso): AI search. */
export const metaso = {
  id: 'metaso',
  name: 'Metaso AI Search',
  vendor: 'Metaso',
  category: 'search',
  hosts: ['metaso.cn', 'meta.law'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-cn', 'https://metaso.cn/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
