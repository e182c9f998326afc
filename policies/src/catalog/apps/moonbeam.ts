import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.gomoonbeam.com/';

/** Moonbeam (Moonbeam): writing. */
export const moonbeam = {
  id: 'moonbeam',
  name: 'Moonbeam',
  vendor: 'Moonbeam',
  category: 'writing',
  hosts: ['gomoonbeam.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.gomoonbeam.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
