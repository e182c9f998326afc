import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://chat.qwen.ai/';

/** Qwen Chat (Tongyi Qianwen) (Alibaba): chat assistant. */
export const qwen = {
  id: 'qwen',
  name: 'Qwen Chat (Tongyi Qianwen)',
  vendor: 'Alibaba',
  category: 'chat_assistant',
  hosts: ['qwen.ai', 'qwenlm.ai', 'qianwen.com', 'qianwenai.com', 'tongyi.com', 'tongyi.aliyun.com', 'qianwen.aliyun.com'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-cn', 'https://chat.qwen.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
