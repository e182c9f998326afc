import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.avoma.com/privacy-policy';

/** Avoma (Avoma): meeting note-taker. */
export const avoma = {
  id: 'avoma',
  name: 'Avoma',
  vendor: 'Avoma',
  category: 'meeting_notes',
  hosts: ['avoma.com'],
  apiHosts: [],
  sources: ['https://www.avoma.com/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
