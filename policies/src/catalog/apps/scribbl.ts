import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://scribbl.co/';

/** Scribbl (Scribbl): meeting note-taker. */
export const scribbl = {
  id: 'scribbl',
  name: 'Scribbl',
  vendor: 'Scribbl',
  category: 'meeting_notes',
  hosts: ['scribbl.co'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://scribbl.co/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
