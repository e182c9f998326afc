import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://mammouth.ai/';

/** Mammouth (Mammouth AI): chat assistant. */
export const mammouth = {
  id: 'mammouth',
  name: 'Mammouth',
  vendor: 'Mammouth AI',
  category: 'chat_assistant',
  hosts: ['mammouth.ai'],
  apiHosts: [],
  sources: ['https://mammouth.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
