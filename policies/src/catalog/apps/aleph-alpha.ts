import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://aleph-alpha.com/';

/** Aleph Alpha (Aleph Alpha): model API. */
export const alephAlpha = {
  id: 'aleph-alpha',
  name: 'Aleph Alpha',
  vendor: 'Aleph Alpha',
  category: 'model_api',
  hosts: ['aleph-alpha.com'],
  apiHosts: ['api.aleph-alpha.com'],
  sources: ['https://aleph-alpha.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
