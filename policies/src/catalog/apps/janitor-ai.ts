import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://janitorai.com/';

/** Janitor AI (Janitor AI): chat assistant. */
export const janitorAi = {
  id: 'janitor-ai',
  name: 'Janitor AI',
  vendor: 'Janitor AI',
  category: 'chat_assistant',
  hosts: ['janitorai.com'],
  apiHosts: [],
  sources: ['https://janitorai.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
