import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.xingyeai.com/';

/** Xingye (AI companion) (MiniMax): chat assistant. */
export const xingye = {
  id: 'xingye',
  name: 'Xingye (AI companion)',
  vendor: 'MiniMax',
  category: 'chat_assistant',
  hosts: ['xingyeai.com'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-cn', 'https://www.xingyeai.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
