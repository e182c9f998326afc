import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://chatfuel.com/';

/** Chatfuel (Chatfuel): agent / automation. */
export const chatfuel = {
  id: 'chatfuel',
  name: 'Chatfuel',
  vendor: 'Chatfuel',
  category: 'agent',
  hosts: ['chatfuel.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://chatfuel.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
