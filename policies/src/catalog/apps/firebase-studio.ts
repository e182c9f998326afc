import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://policies.google.com/';

/** Firebase Studio (Project IDX) (Google): coding assistant. */
export const firebaseStudio = {
  id: 'firebase-studio',
  name: 'Firebase Studio (Project IDX)',
  vendor: 'Google',
  category: 'coding_assistant',
  hosts: ['studio.firebase.google.com', 'idx.google.com', 'idx.dev'],
  apiHosts: [],
  sources: ['https://policies.google.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
