import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://originality.ai/';

/** Originality.ai (Originality.ai): AI-related site. */
export const originality = {
  id: 'originality',
  name: 'Originality.ai',
  vendor: 'Originality.ai',
  category: 'other',
  hosts: ['originality.ai'],
  apiHosts: [],
  sources: ['https://originality.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
