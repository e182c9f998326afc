import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.all-hands.dev/';

/** OpenHands (All Hands AI): coding assistant. */
export const openhands = {
  id: 'openhands',
  name: 'OpenHands',
  vendor: 'All Hands AI',
  category: 'coding_assistant',
  hosts: ['all-hands.dev'],
  apiHosts: [],
  sources: ['https://www.all-hands.dev/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
