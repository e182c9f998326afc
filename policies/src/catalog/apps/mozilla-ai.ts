import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.mozilla.ai/';

/** Mozilla.ai (Mozilla): AI-related site. */
export const mozillaAi = {
  id: 'mozilla-ai',
  name: 'Mozilla.ai',
  vendor: 'Mozilla',
  category: 'other',
  hosts: [],
  apiHosts: [],
  relatedHosts: ['mozilla.ai'],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'https://www.mozilla.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
