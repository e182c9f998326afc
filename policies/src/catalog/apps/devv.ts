import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://devv.ai/';

/** Devv (Devv AI): AI search. */
export const devv = {
  id: 'devv',
  name: 'Devv',
  vendor: 'Devv AI',
  category: 'search',
  hosts: ['devv.ai'],
  apiHosts: [],
  sources: ['https://devv.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
