import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://lovo.ai/';

/** LOVO (Genny) (LOVO): voice and audio. */
export const lovo = {
  id: 'lovo',
  name: 'LOVO (Genny)',
  vendor: 'LOVO',
  category: 'voice',
  hosts: ['lovo.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://lovo.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
