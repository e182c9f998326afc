import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://chatdoc.com/';

/** ChatDOC (ChatDOC): chat assistant. */
export const chatdoc = {
  id: 'chatdoc',
  name: 'ChatDOC',
  vendor: 'ChatDOC',
  category: 'chat_assistant',
  hosts: ['chatdoc.com'],
  apiHosts: [],
  sources: ['https://chatdoc.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
