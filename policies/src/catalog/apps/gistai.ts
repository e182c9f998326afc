import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://gistai.tech/';

/** Gist AI (Gist AI): chat assistant. */
export const gistai = {
  id: 'gistai',
  name: 'Gist AI',
  vendor: 'Gist AI',
  category: 'chat_assistant',
  hosts: ['gistai.tech'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://gistai.tech/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
