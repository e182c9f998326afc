import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://summarywithai.com/';

/** Summary With AI (Summary With AI): productivity. */
export const summarywithai = {
  id: 'summarywithai',
  name: 'Summary With AI',
  vendor: 'Summary With AI',
  category: 'productivity',
  hosts: ['summarywithai.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://summarywithai.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
