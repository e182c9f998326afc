import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.airgram.io/';

/** Airgram (Airgram): meeting note-taker. */
export const airgram = {
  id: 'airgram',
  name: 'Airgram',
  vendor: 'Airgram',
  category: 'meeting_notes',
  hosts: ['airgram.io'],
  apiHosts: [],
  sources: ['https://www.airgram.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
