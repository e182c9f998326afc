import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://base44.com/';

/** Base44 (Wix (Base44)): coding assistant. */
export const base44 = {
  id: 'base44',
  name: 'Base44',
  vendor: 'Wix (Base44)',
  category: 'coding_assistant',
  hosts: ['base44.com'],
  apiHosts: [],
  sources: ['https://base44.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
