import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.leexi.ai/';

/** Leexi (Leexi): meeting note-taker. */
export const leexi = {
  id: 'leexi',
  name: 'Leexi',
  vendor: 'Leexi',
  category: 'meeting_notes',
  hosts: ['leexi.ai'],
  apiHosts: [],
  sources: ['https://www.leexi.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
