import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://talkai.info/';

/** TalkAI (TalkAI): chat assistant. */
export const talkai = {
  id: 'talkai',
  name: 'TalkAI',
  vendor: 'TalkAI',
  category: 'chat_assistant',
  hosts: ['talkai.info'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'https://talkai.info/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
