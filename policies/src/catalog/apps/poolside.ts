import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://poolside.ai/';

/** Poolside (Poolside): coding assistant. */
export const poolside = {
  id: 'poolside',
  name: 'Poolside',
  vendor: 'Poolside',
  category: 'coding_assistant',
  hosts: ['poolside.ai'],
  apiHosts: [],
  sources: ['https://poolside.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
