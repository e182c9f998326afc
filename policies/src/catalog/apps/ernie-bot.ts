import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://yiyan.baidu.com/';

/** ERNIE Bot (Wenxin Yiyan) (Baidu): chat assistant. */
export const ernieBot = {
  id: 'ernie-bot',
  name: 'ERNIE Bot (Wenxin Yiyan)',
  vendor: 'Baidu',
  category: 'chat_assistant',
  hosts: ['yiyan.baidu.com'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-cn', 'https://yiyan.baidu.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
