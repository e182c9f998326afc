import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.sensetime.com/';

/** SenseChat (SenseTime): chat assistant. */
export const sensechat = {
  id: 'sensechat',
  name: 'SenseChat',
  vendor: 'SenseTime',
  category: 'chat_assistant',
  hosts: ['chat.sensetime.com'],
  apiHosts: [],
  sources: ['https://www.sensetime.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
