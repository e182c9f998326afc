import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.tiangong.cn/';

/** Tiangong AI (Kunlun Tech): chat assistant. */
export const tiangong = {
  id: 'tiangong',
  name: 'Tiangong AI',
  vendor: 'Kunlun Tech',
  category: 'chat_assistant',
  hosts: ['tiangong.cn'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-cn', 'https://www.tiangong.cn/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
