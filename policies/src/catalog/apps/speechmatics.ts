import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.speechmatics.com/';

/** Speechmatics (Speechmatics): voice and audio. */
export const speechmatics = {
  id: 'speechmatics',
  name: 'Speechmatics',
  vendor: 'Speechmatics',
  category: 'voice',
  hosts: ['speechmatics.com'],
  apiHosts: [],
  sources: ['https://www.speechmatics.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
