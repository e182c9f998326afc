import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.sembly.ai/';

/** Sembly AI (Sembly): meeting note-taker. */
export const sembly = {
  id: 'sembly',
  name: 'Sembly AI',
  vendor: 'Sembly',
  category: 'meeting_notes',
  hosts: ['sembly.ai'],
  apiHosts: [],
  sources: ['https://www.sembly.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
