import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://phrasee.co/';

/** Phrasee (Jacquard) (Jacquard): writing. */
export const phrasee = {
  id: 'phrasee',
  name: 'Phrasee (Jacquard)',
  vendor: 'Jacquard',
  category: 'writing',
  hosts: ['phrasee.co'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://phrasee.co/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
