import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.codebuddy.ai/';

/** CodeBuddy (Tencent): coding assistant. */
export const codebuddy = {
  id: 'codebuddy',
  name: 'CodeBuddy',
  vendor: 'Tencent',
  category: 'coding_assistant',
  hosts: ['codebuddy.cn', 'codebuddy.ai', 'copilot.tencent.com'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-cn', 'https://www.codebuddy.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
