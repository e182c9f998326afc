import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.trae.ai/';

/** Trae (MarsCode) (ByteDance): coding assistant. */
export const trae = {
  id: 'trae',
  name: 'Trae (MarsCode)',
  vendor: 'ByteDance',
  category: 'coding_assistant',
  hosts: ['trae.ai', 'trae.cn', 'trae.com.cn', 'marscode.com', 'marscode.cn', 'marscode.com.cn'],
  apiHosts: [],
  relatedHosts: ['doudou.com', 'mcbaas.work', 'mcdemo.show', 'mchost.guru', 'mcprev.cn', 'tcwqqdy.guru', 'trae.guru', 'yoma.cn'],
  sources: ['v2fly/domain-list-community data/bytedance-ai-!cn', 'v2fly/domain-list-community data/trae', 'https://www.trae.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
