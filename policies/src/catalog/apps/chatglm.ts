import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://chat.z.ai/';

/** ChatGLM / Z.ai (Zhipu AI): chat assistant. */
export const chatglm = {
  id: 'chatglm',
  name: 'ChatGLM / Z.ai',
  vendor: 'Zhipu AI',
  category: 'chat_assistant',
  hosts: ['chatglm.cn', 'z.ai'],
  apiHosts: [],
  relatedHosts: ['zhipuai.cn', 'zhipucn.com'],
  sources: ['v2fly/domain-list-community data/category-ai-cn', 'https://chat.z.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
