import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://rytr.me/privacy-policy';

/** Rytr (Rytr): writing. */
export const rytr = {
  id: 'rytr',
  name: 'Rytr',
  vendor: 'Rytr',
  category: 'writing',
  hosts: ['rytr.me'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://rytr.me/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
