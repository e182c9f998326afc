import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://t3.chat/';

/** T3 Chat (T3 Tools): chat assistant. */
export const t3Chat = {
  id: 't3-chat',
  name: 'T3 Chat',
  vendor: 'T3 Tools',
  category: 'chat_assistant',
  hosts: ['t3.chat'],
  apiHosts: [],
  sources: ['https://t3.chat/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
