import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.create.xyz/';

/** Anything (Create) (Create): coding assistant. */
export const createAnything = {
  id: 'create-anything',
  name: 'Anything (Create)',
  vendor: 'Create',
  category: 'coding_assistant',
  hosts: ['create.xyz'],
  apiHosts: [],
  sources: ['https://www.create.xyz/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
