import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://finchat.io/';

/** FinChat (Fiscal.ai) (Fiscal.ai): AI search. */
export const finchat = {
  id: 'finchat',
  name: 'FinChat (Fiscal.ai)',
  vendor: 'Fiscal.ai',
  category: 'search',
  hosts: ['finchat.io'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://finchat.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
