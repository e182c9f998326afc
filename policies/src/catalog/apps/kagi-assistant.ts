import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://kagi.com/privacy';

/** Kagi Assistant (Kagi): AI search. */
export const kagiAssistant = {
  id: 'kagi-assistant',
  name: 'Kagi Assistant',
  vendor: 'Kagi',
  category: 'search',
  hosts: [],
  apiHosts: [],
  webPaths: ['kagi.com/assistant'],
  sources: ['https://kagi.com/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
