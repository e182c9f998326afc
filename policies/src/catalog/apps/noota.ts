import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.noota.io/';

/** Noota (Noota): meeting note-taker. */
export const noota = {
  id: 'noota',
  name: 'Noota',
  vendor: 'Noota',
  category: 'meeting_notes',
  hosts: ['noota.io'],
  apiHosts: [],
  sources: ['https://www.noota.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
