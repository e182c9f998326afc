import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://grain.com/privacy';

/** Grain (Grain): meeting note-taker. */
export const grain = {
  id: 'grain',
  name: 'Grain',
  vendor: 'Grain',
  category: 'meeting_notes',
  hosts: ['grain.com'],
  apiHosts: [],
  sources: ['https://grain.com/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
