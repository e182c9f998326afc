import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.baichuan-ai.com/';

/** Baichuan (Baichuan AI): chat assistant. */
export const baichuan = {
  id: 'baichuan',
  name: 'Baichuan',
  vendor: 'Baichuan AI',
  category: 'chat_assistant',
  hosts: ['baichuan-ai.com'],
  apiHosts: ['api.baichuan-ai.com'],
  sources: ['v2fly/domain-list-community data/category-ai-cn', 'https://www.baichuan-ai.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
