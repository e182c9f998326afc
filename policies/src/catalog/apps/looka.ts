import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://looka.com/';

/** Looka (Looka): image. */
export const looka = {
  id: 'looka',
  name: 'Looka',
  vendor: 'Looka',
  category: 'image',
  hosts: ['looka.com'],
  apiHosts: [],
  sources: ['https://looka.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
