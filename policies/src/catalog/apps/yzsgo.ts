import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://yzsgo.com/';

/** Yazuishou AI (cross-border e-commerce assistant) (Yazuishou): productivity. */
export const yzsgo = {
  id: 'yzsgo',
  name: 'Yazuishou AI (cross-border e-commerce assistant)',
  vendor: 'Yazuishou',
  category: 'productivity',
  hosts: ['yzsgo.com'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-cn', 'https://yzsgo.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
