import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.bluedothq.com/';

/** Bluedot (Bluedot): meeting note-taker. */
export const bluedot = {
  id: 'bluedot',
  name: 'Bluedot',
  vendor: 'Bluedot',
  category: 'meeting_notes',
  hosts: ['bluedothq.com'],
  apiHosts: [],
  sources: ['https://www.bluedothq.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
