import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.genmo.ai/';

/** Genmo (Genmo): video. */
export const genmo = {
  id: 'genmo',
  name: 'Genmo',
  vendor: 'Genmo',
  category: 'video',
  hosts: ['genmo.ai'],
  apiHosts: [],
  sources: ['https://www.genmo.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
