import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://circleback.ai/';

/** Circleback (Circleback): meeting note-taker. */
export const circleback = {
  id: 'circleback',
  name: 'Circleback',
  vendor: 'Circleback',
  category: 'meeting_notes',
  hosts: ['circleback.ai'],
  apiHosts: [],
  sources: ['https://circleback.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
