import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://dumate.cn/';

/** DuMate (Baidu): agent / automation. */
export const dumate = {
  id: 'dumate',
  name: 'DuMate',
  vendor: 'Baidu',
  category: 'agent',
  hosts: ['dumate.cn'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-cn', 'https://dumate.cn/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
