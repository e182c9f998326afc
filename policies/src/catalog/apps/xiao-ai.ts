import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://xiaoaiassist.com/';

/** Xiao AI assistant (Xiaomi): chat assistant. */
export const xiaoAi = {
  id: 'xiao-ai',
  name: 'Xiao AI assistant',
  vendor: 'Xiaomi',
  category: 'chat_assistant',
  hosts: ['xiaoaiassist.com', 'miaibox.com'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/xiaomi-ai', 'https://xiaoaiassist.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
