import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.granola.ai/';

/** Granola (Granola): meeting note-taker. */
export const granola = {
  id: 'granola',
  name: 'Granola',
  vendor: 'Granola',
  category: 'meeting_notes',
  hosts: ['granola.ai', 'granola.so'],
  apiHosts: [],
  sources: ['https://www.granola.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
