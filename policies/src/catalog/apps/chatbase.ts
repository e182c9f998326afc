import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.chatbase.co/legal/privacy';

/** Chatbase (Chatbase): agent / automation. */
export const chatbase = {
  id: 'chatbase',
  name: 'Chatbase',
  vendor: 'Chatbase',
  category: 'agent',
  hosts: ['chatbase.co'],
  apiHosts: [],
  sources: ['https://www.chatbase.co/legal/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
