import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.typingmind.com/';

/** TypingMind (TypingMind): chat assistant. */
export const typingmind = {
  id: 'typingmind',
  name: 'TypingMind',
  vendor: 'TypingMind',
  category: 'chat_assistant',
  hosts: ['typingmind.com'],
  apiHosts: [],
  sources: ['https://www.typingmind.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
