import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://krisp.ai/privacy-policy/';

/** Krisp (Krisp Technologies): meeting note-taker. */
export const krisp = {
  id: 'krisp',
  name: 'Krisp',
  vendor: 'Krisp Technologies',
  category: 'meeting_notes',
  hosts: ['krisp.ai'],
  apiHosts: [],
  sources: ['https://krisp.ai/privacy-policy/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
