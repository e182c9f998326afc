import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.miaoda.cn/';

/** Miaoda (no-code app builder) (Baidu): coding assistant. */
export const miaoda = {
  id: 'miaoda',
  name: 'Miaoda (no-code app builder)',
  vendor: 'Baidu',
  category: 'coding_assistant',
  hosts: ['miaoda.cn'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-cn', 'https://www.miaoda.cn/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
