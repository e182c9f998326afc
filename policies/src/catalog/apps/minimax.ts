import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.minimax.io/';

/** MiniMax Agent and API (MiniMax): chat assistant. */
export const minimax = {
  id: 'minimax',
  name: 'MiniMax Agent and API',
  vendor: 'MiniMax',
  category: 'chat_assistant',
  hosts: ['minimax.io', 'minimaxi.com'],
  apiHosts: ['api.minimax.io', 'api.minimaxi.com', 'api.minimax.chat'],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'v2fly/domain-list-community data/category-ai-cn', 'awesome-generative-ai links', 'https://www.minimax.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
