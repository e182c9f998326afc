import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://tldv.io/privacy/';

/** tl;dv (tldx Solutions): meeting note-taker. */
export const tldv = {
  id: 'tldv',
  name: 'tl;dv',
  vendor: 'tldx Solutions',
  category: 'meeting_notes',
  hosts: ['tldv.io'],
  apiHosts: [],
  sources: ['https://tldv.io/privacy/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
