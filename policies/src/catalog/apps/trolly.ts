import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://trolly.ai/';

/** Trolly.ai (Trolly.ai): writing. */
export const trolly = {
  id: 'trolly',
  name: 'Trolly.ai',
  vendor: 'Trolly.ai',
  category: 'writing',
  hosts: ['trolly.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://trolly.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
