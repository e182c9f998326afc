import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://felo.ai/';

/** Felo (Felo): AI search. */
export const felo = {
  id: 'felo',
  name: 'Felo',
  vendor: 'Felo',
  category: 'search',
  hosts: ['felo.ai'],
  apiHosts: [],
  sources: ['https://felo.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
