import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://mutable.ai/';

/** MutableAI (MutableAI): coding assistant. */
export const mutable = {
  id: 'mutable',
  name: 'MutableAI',
  vendor: 'MutableAI',
  category: 'coding_assistant',
  hosts: ['mutable.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://mutable.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
