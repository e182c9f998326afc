import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.stack-ai.com/';

/** Stack AI (Stack AI): agent / automation. */
export const stackAi = {
  id: 'stack-ai',
  name: 'Stack AI',
  vendor: 'Stack AI',
  category: 'agent',
  hosts: ['stack-ai.com'],
  apiHosts: [],
  sources: ['https://www.stack-ai.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
