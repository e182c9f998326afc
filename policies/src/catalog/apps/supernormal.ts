import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.supernormal.com/';

/** Supernormal (Supernormal): meeting note-taker. */
export const supernormal = {
  id: 'supernormal',
  name: 'Supernormal',
  vendor: 'Supernormal',
  category: 'meeting_notes',
  hosts: ['supernormal.com'],
  apiHosts: [],
  sources: ['https://www.supernormal.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
