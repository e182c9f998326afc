import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.talkie-ai.com/';

/** Talkie (MiniMax): chat assistant. */
export const talkie = {
  id: 'talkie',
  name: 'Talkie',
  vendor: 'MiniMax',
  category: 'chat_assistant',
  hosts: ['talkie-ai.com'],
  apiHosts: [],
  sources: ['https://www.talkie-ai.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
