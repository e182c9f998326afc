import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://sider.ai/';

/** Sider (Vidline): chat assistant. */
export const sider = {
  id: 'sider',
  name: 'Sider',
  vendor: 'Vidline',
  category: 'chat_assistant',
  hosts: ['sider.ai'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'https://sider.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
