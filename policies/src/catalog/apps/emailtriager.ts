import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://emailtriager.com/';

/** EmailTriager (EmailTriager): writing. */
export const emailtriager = {
  id: 'emailtriager',
  name: 'EmailTriager',
  vendor: 'EmailTriager',
  category: 'writing',
  hosts: ['emailtriager.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://emailtriager.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
