import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://gptzero.me/';

/** GPTZero (GPTZero): AI-related site. */
export const gptzero = {
  id: 'gptzero',
  name: 'GPTZero',
  vendor: 'GPTZero',
  category: 'other',
  hosts: ['gptzero.me'],
  apiHosts: [],
  sources: ['https://gptzero.me/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
