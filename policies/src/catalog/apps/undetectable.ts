import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://undetectable.ai/';

/** Undetectable AI (Undetectable AI): writing. */
export const undetectable = {
  id: 'undetectable',
  name: 'Undetectable AI',
  vendor: 'Undetectable AI',
  category: 'writing',
  hosts: ['undetectable.ai'],
  apiHosts: [],
  sources: ['https://undetectable.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
