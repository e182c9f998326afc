import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://comate.baidu.com/';

/** Baidu Comate (Baidu): coding assistant. */
export const baiduComate = {
  id: 'baidu-comate',
  name: 'Baidu Comate',
  vendor: 'Baidu',
  category: 'coding_assistant',
  hosts: ['comate.baidu.com'],
  apiHosts: [],
  sources: ['https://comate.baidu.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
