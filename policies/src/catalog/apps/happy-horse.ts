import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://happyhorse.cn/';

/** Happy Horse (unverified (listed by v2fly category-ai-cn)): AI-related site. */
export const happyHorse = {
  id: 'happy-horse',
  name: 'Happy Horse',
  vendor: 'unverified (listed by v2fly category-ai-cn)',
  category: 'other',
  hosts: ['happyhorse.cn', 'happyshrimp.cn'],
  apiHosts: [],
  relatedHosts: ['aorizon.cn', 'sleeplesshorizon.cn'],
  sources: ['v2fly/domain-list-community data/category-ai-cn', 'https://happyhorse.cn/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
