import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.antafu.com/';

/** Ant Afu (AQ health assistant) (Ant Group): chat assistant. */
export const antAfu = {
  id: 'ant-afu',
  name: 'Ant Afu (AQ health assistant)',
  vendor: 'Ant Group',
  category: 'chat_assistant',
  hosts: ['antafu.com', 'antaq.com'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-cn', 'https://www.antafu.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
