import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://sitegpt.ai/';

/** SiteGPT (SiteGPT): agent / automation. */
export const sitegpt = {
  id: 'sitegpt',
  name: 'SiteGPT',
  vendor: 'SiteGPT',
  category: 'agent',
  hosts: ['sitegpt.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://sitegpt.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
