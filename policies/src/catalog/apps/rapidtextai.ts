import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://rapidtextai.com/';

/** RapidTextAI (RapidTextAI): writing. */
export const rapidtextai = {
  id: 'rapidtextai',
  name: 'RapidTextAI',
  vendor: 'RapidTextAI',
  category: 'writing',
  hosts: ['rapidtextai.com'],
  apiHosts: [],
  sources: ['https://rapidtextai.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
