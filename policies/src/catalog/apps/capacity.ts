import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://capacity.so/';

/** Capacity (Capacity): coding assistant. */
export const capacity = {
  id: 'capacity',
  name: 'Capacity',
  vendor: 'Capacity',
  category: 'coding_assistant',
  hosts: ['capacity.so'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://capacity.so/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
