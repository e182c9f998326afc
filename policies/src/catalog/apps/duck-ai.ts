import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://duckduckgo.com/duckai/privacy-terms';

/** Duck.ai (DuckDuckGo): chat assistant. */
export const duckAi = {
  id: 'duck-ai',
  name: 'Duck.ai',
  vendor: 'DuckDuckGo',
  category: 'chat_assistant',
  hosts: ['duck.ai'],
  apiHosts: [],
  webPaths: ['duckduckgo.com/chat'],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'https://duckduckgo.com/duckai/privacy-terms'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
