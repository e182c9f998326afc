import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.meetjamie.ai/';

/** jamie (jamie): meeting note-taker. */
export const jamie = {
  id: 'jamie',
  name: 'jamie',
  vendor: 'jamie',
  category: 'meeting_notes',
  hosts: ['meetjamie.ai'],
  apiHosts: [],
  sources: ['https://www.meetjamie.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
