import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://meetgeek.ai/privacy-policy';

/** MeetGeek (MeetGeek): meeting note-taker. */
export const meetgeek = {
  id: 'meetgeek',
  name: 'MeetGeek',
  vendor: 'MeetGeek',
  category: 'meeting_notes',
  hosts: ['meetgeek.ai'],
  apiHosts: [],
  sources: ['https://meetgeek.ai/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
