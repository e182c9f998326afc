import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://zed.dev/privacy-policy';

/** Zed AI (Zed Industries): coding assistant. */
export const zedAi = {
  id: 'zed-ai',
  name: 'Zed AI',
  vendor: 'Zed Industries',
  category: 'coding_assistant',
  hosts: [],
  apiHosts: ['llm.zed.dev'],
  sources: ['https://zed.dev/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
