import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.frase.io/';

/** Frase (Frase): writing. */
export const frase = {
  id: 'frase',
  name: 'Frase',
  vendor: 'Frase',
  category: 'writing',
  hosts: ['frase.io'],
  apiHosts: [],
  sources: ['https://www.frase.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
