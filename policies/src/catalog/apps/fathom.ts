import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://fathom.video/privacy';

/** Fathom (Fathom Video): meeting note-taker. */
export const fathom = {
  id: 'fathom',
  name: 'Fathom',
  vendor: 'Fathom Video',
  category: 'meeting_notes',
  hosts: ['fathom.video'],
  apiHosts: [],
  sources: ['https://fathom.video/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
