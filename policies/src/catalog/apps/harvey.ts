import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.harvey.ai/legal/privacy-policy';

/** Harvey (Harvey): chat assistant. */
export const harvey = {
  id: 'harvey',
  name: 'Harvey',
  vendor: 'Harvey',
  category: 'chat_assistant',
  hosts: ['harvey.ai'],
  apiHosts: [],
  sources: ['https://www.harvey.ai/legal/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
