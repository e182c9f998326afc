import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://monica.im/';

/** Monica (Butterfly Effect): chat assistant. */
export const monica = {
  id: 'monica',
  name: 'Monica',
  vendor: 'Butterfly Effect',
  category: 'chat_assistant',
  hosts: ['monica.im'],
  apiHosts: [],
  sources: ['https://monica.im/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
