import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.beautiful.ai/';

/** Beautiful.ai (Beautiful.ai): productivity. */
export const beautifulAi = {
  id: 'beautiful-ai',
  name: 'Beautiful.ai',
  vendor: 'Beautiful.ai',
  category: 'productivity',
  hosts: ['beautiful.ai'],
  apiHosts: [],
  sources: ['https://www.beautiful.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
