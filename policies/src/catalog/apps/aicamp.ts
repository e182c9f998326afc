import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://aicamp.so/';

/** AICamp (AICamp): chat assistant. */
export const aicamp = {
  id: 'aicamp',
  name: 'AICamp',
  vendor: 'AICamp',
  category: 'chat_assistant',
  hosts: ['aicamp.so'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://aicamp.so/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
