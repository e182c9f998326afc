import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://dittto.ai/';

/** Dittto.ai (Dittto.ai): writing. */
export const dittto = {
  id: 'dittto',
  name: 'Dittto.ai',
  vendor: 'Dittto.ai',
  category: 'writing',
  hosts: ['dittto.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://dittto.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
