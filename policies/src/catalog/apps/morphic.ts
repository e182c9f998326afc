import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://morphic.sh/';

/** Morphic (Morphic): AI search. */
export const morphic = {
  id: 'morphic',
  name: 'Morphic',
  vendor: 'Morphic',
  category: 'search',
  hosts: ['morphic.sh'],
  apiHosts: [],
  sources: ['https://morphic.sh/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
