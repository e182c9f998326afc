import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://sitespeak.ai/';

/** SiteSpeakAI (SiteSpeakAI): agent / automation. */
export const sitespeak = {
  id: 'sitespeak',
  name: 'SiteSpeakAI',
  vendor: 'SiteSpeakAI',
  category: 'agent',
  hosts: ['sitespeak.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://sitespeak.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
