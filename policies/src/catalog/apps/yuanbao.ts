import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://yuanbao.tencent.com/';

/** Tencent Yuanbao (Tencent): chat assistant. */
export const yuanbao = {
  id: 'yuanbao',
  name: 'Tencent Yuanbao',
  vendor: 'Tencent',
  category: 'chat_assistant',
  hosts: ['yuanbao.tencent.com'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-cn', 'https://yuanbao.tencent.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
