import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://nova.amazon.com/';

/** Amazon Nova (Amazon): chat assistant. */
export const amazonNova = {
  id: 'amazon-nova',
  name: 'Amazon Nova',
  vendor: 'Amazon',
  category: 'chat_assistant',
  hosts: ['nova.amazon.com'],
  apiHosts: [],
  sources: ['https://nova.amazon.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
