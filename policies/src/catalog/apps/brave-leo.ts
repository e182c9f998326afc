import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://brave.com/privacy/browser/';

/** Brave Leo (Brave): chat assistant. */
export const braveLeo = {
  id: 'brave-leo',
  name: 'Brave Leo',
  vendor: 'Brave',
  category: 'chat_assistant',
  hosts: [],
  apiHosts: ['ai-chat.bsg.brave.com'],
  webPaths: ['search.brave.com/ask'],
  sources: ['https://brave.com/privacy/browser/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
