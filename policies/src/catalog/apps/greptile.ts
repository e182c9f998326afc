import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.greptile.com/';

/** Greptile (Greptile): coding assistant. */
export const greptile = {
  id: 'greptile',
  name: 'Greptile',
  vendor: 'Greptile',
  category: 'coding_assistant',
  hosts: ['greptile.com'],
  apiHosts: [],
  sources: ['https://www.greptile.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
