import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://listomatic.app/';

/** Listomatic (Listomatic): writing. */
export const listomatic = {
  id: 'listomatic',
  name: 'Listomatic',
  vendor: 'Listomatic',
  category: 'writing',
  hosts: ['listomatic.app'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://listomatic.app/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
