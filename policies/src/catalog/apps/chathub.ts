import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://chathub.gg/';

/** ChatHub (ChatHub): chat assistant. */
export const chathub = {
  id: 'chathub',
  name: 'ChatHub',
  vendor: 'ChatHub',
  category: 'chat_assistant',
  hosts: ['chathub.gg'],
  apiHosts: [],
  sources: ['https://chathub.gg/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
