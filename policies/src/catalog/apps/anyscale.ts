import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.anyscale.com/privacy-policy';

/** Anyscale (Anyscale): inference platform. */
export const anyscale = {
  id: 'anyscale',
  name: 'Anyscale',
  vendor: 'Anyscale',
  category: 'inference_platform',
  hosts: ['anyscale.com'],
  apiHosts: [],
  sources: ['https://www.anyscale.com/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
