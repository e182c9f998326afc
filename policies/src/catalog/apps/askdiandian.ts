import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.askdiandian.com/';

/** Diandian AI search (Xiaohongshu): AI search. */
export const askdiandian = {
  id: 'askdiandian',
  name: 'Diandian AI search',
  vendor: 'Xiaohongshu',
  category: 'search',
  hosts: ['askdiandian.com', 'diandianlife.top'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/askdiandian', 'https://www.askdiandian.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
