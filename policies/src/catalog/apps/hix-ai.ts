import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://hix.ai/';

/** HIX.AI (HIX.AI): writing. */
export const hixAi = {
  id: 'hix-ai',
  name: 'HIX.AI',
  vendor: 'HIX.AI',
  category: 'writing',
  hosts: ['hix.ai'],
  apiHosts: [],
  sources: ['https://hix.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
