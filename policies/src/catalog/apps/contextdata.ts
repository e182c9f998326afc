import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://contextdata.ai/';

/** Context Data (Context Data): AI-related site. */
export const contextdata = {
  id: 'contextdata',
  name: 'Context Data',
  vendor: 'Context Data',
  category: 'other',
  hosts: ['contextdata.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://contextdata.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
