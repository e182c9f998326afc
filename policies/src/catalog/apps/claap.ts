import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.claap.io/';

/** Claap (Claap): meeting note-taker. */
export const claap = {
  id: 'claap',
  name: 'Claap',
  vendor: 'Claap',
  category: 'meeting_notes',
  hosts: ['claap.io'],
  apiHosts: [],
  sources: ['https://www.claap.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
