import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.notta.ai/';

/** Notta (Notta): meeting note-taker. */
export const notta = {
  id: 'notta',
  name: 'Notta',
  vendor: 'Notta',
  category: 'meeting_notes',
  hosts: ['notta.ai'],
  apiHosts: [],
  sources: ['https://www.notta.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
