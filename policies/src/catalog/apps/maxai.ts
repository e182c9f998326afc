import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.maxai.me/';

/** MaxAI (MaxAI): chat assistant. */
export const maxai = {
  id: 'maxai',
  name: 'MaxAI',
  vendor: 'MaxAI',
  category: 'chat_assistant',
  hosts: ['maxai.me'],
  apiHosts: [],
  sources: ['https://www.maxai.me/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
