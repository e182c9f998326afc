import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://emergent.sh/';

/** Emergent (Emergent Labs): coding assistant. */
export const emergent = {
  id: 'emergent',
  name: 'Emergent',
  vendor: 'Emergent Labs',
  category: 'coding_assistant',
  hosts: ['emergent.sh'],
  apiHosts: [],
  sources: ['https://emergent.sh/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
