import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://writewithlaika.com/';

/** LAIKA (LAIKA): writing. */
export const writewithlaika = {
  id: 'writewithlaika',
  name: 'LAIKA',
  vendor: 'LAIKA',
  category: 'writing',
  hosts: ['writewithlaika.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://writewithlaika.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
