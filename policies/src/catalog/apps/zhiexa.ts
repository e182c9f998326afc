import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://zhiexa.com/';

/** Zhihe AI (Zhihe AI): chat assistant. */
export const zhiexa = {
  id: 'zhiexa',
  name: 'Zhihe AI',
  vendor: 'Zhihe AI',
  category: 'chat_assistant',
  hosts: ['zhiexa.com'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-cn', 'https://zhiexa.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
