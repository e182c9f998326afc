import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.marketmuse.com/';

/** MarketMuse (MarketMuse): writing. */
export const marketmuse = {
  id: 'marketmuse',
  name: 'MarketMuse',
  vendor: 'MarketMuse',
  category: 'writing',
  hosts: ['marketmuse.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://www.marketmuse.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
