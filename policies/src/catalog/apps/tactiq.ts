import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://tactiq.io/';

/** Tactiq (Tactiq): meeting note-taker. */
export const tactiq = {
  id: 'tactiq',
  name: 'Tactiq',
  vendor: 'Tactiq',
  category: 'meeting_notes',
  hosts: ['tactiq.io'],
  apiHosts: [],
  sources: ['https://tactiq.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
