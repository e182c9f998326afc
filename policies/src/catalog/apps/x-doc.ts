import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://x-doc.ai/';

/** X-doc AI (X-doc AI): productivity. */
export const xDoc = {
  id: 'x-doc',
  name: 'X-doc AI',
  vendor: 'X-doc AI',
  category: 'productivity',
  hosts: ['x-doc.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://x-doc.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
