import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://replika.com/legal/privacy';

/** Replika (Luka): chat assistant. */
export const replika = {
  id: 'replika',
  name: 'Replika',
  vendor: 'Luka',
  category: 'chat_assistant',
  hosts: ['replika.com', 'replika.ai'],
  apiHosts: [],
  sources: ['https://replika.com/legal/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
