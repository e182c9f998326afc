import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://cueme.cn/';

/** Quark AI (CueMe) (Alibaba (Quark)): chat assistant. */
export const cueme = {
  id: 'cueme',
  name: 'Quark AI (CueMe)',
  vendor: 'Alibaba (Quark)',
  category: 'chat_assistant',
  hosts: ['cueme.cn'],
  apiHosts: ['cueme-api.quark.cn'],
  sources: ['v2fly/domain-list-community data/category-ai-cn', 'https://cueme.cn/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
