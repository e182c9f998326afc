import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://dmwithme.com/';

/** dmwithme (dmwithme): chat assistant. */
export const dmwithme = {
  id: 'dmwithme',
  name: 'dmwithme',
  vendor: 'dmwithme',
  category: 'chat_assistant',
  hosts: ['dmwithme.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://dmwithme.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
