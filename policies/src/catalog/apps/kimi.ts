import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.kimi.com/';

/** Kimi (Moonshot AI): chat assistant. */
export const kimi = {
  id: 'kimi',
  name: 'Kimi',
  vendor: 'Moonshot AI',
  category: 'chat_assistant',
  hosts: ['kimi.com', 'kimi.ai', 'kimi.moonshot.cn'],
  apiHosts: [],
  relatedHosts: ['moonshot.ai', 'moonshot.cn'],
  sources: ['v2fly/domain-list-community data/category-ai-cn', 'v2fly/domain-list-community data/category-ai-!cn', 'awesome-generative-ai links', 'https://www.kimi.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
