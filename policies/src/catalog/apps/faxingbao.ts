import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.faxingbao.com/';

/** Faxingbao legal assistant (Baidu): chat assistant. */
export const faxingbao = {
  id: 'faxingbao',
  name: 'Faxingbao legal assistant',
  vendor: 'Baidu',
  category: 'chat_assistant',
  hosts: ['faxingbao.com'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-cn', 'https://www.faxingbao.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
