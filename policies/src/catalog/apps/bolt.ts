import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://stackblitz.com/privacy-policy';

/** bolt.new (StackBlitz): coding assistant. */
export const bolt = {
  id: 'bolt',
  name: 'bolt.new',
  vendor: 'StackBlitz',
  category: 'coding_assistant',
  hosts: ['bolt.new'],
  apiHosts: [],
  sources: ['https://stackblitz.com/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
