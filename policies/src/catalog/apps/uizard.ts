import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://uizard.io/';

/** Uizard (Miro (Uizard)): image. */
export const uizard = {
  id: 'uizard',
  name: 'Uizard',
  vendor: 'Miro (Uizard)',
  category: 'image',
  hosts: ['uizard.io'],
  apiHosts: [],
  sources: ['https://uizard.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
