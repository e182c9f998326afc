import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://allenai.org/privacy-policy';

/** Ai2 Playground (Allen Institute for AI): chat assistant. */
export const ai2Playground = {
  id: 'ai2-playground',
  name: 'Ai2 Playground',
  vendor: 'Allen Institute for AI',
  category: 'chat_assistant',
  hosts: ['playground.allenai.org'],
  apiHosts: [],
  sources: ['https://allenai.org/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
