import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://taplio.com/';

/** Taplio (Taplio): writing. */
export const taplio = {
  id: 'taplio',
  name: 'Taplio',
  vendor: 'Taplio',
  category: 'writing',
  hosts: ['taplio.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://taplio.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
