import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://youmind.com/';

/** YouMind (YouMind): productivity. */
export const youmind = {
  id: 'youmind',
  name: 'YouMind',
  vendor: 'YouMind',
  category: 'productivity',
  hosts: ['youmind.ai', 'youmind.com', 'youmind.site'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/youmind', 'https://youmind.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
