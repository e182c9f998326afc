import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://you.com/legal/privacy';

/** You.com (You.com): AI search. */
export const youCom = {
  id: 'you-com',
  name: 'You.com',
  vendor: 'You.com',
  category: 'search',
  hosts: ['you.com'],
  apiHosts: ['api.ydc-index.io'],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://you.com/legal/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
