import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.robinai.com/';

/** Robin AI (Robin AI): chat assistant. */
export const robinAi = {
  id: 'robin-ai',
  name: 'Robin AI',
  vendor: 'Robin AI',
  category: 'chat_assistant',
  hosts: ['robinai.com'],
  apiHosts: [],
  sources: ['https://www.robinai.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
