import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://x.ai/legal';

/** Grokipedia (xAI): AI search. */
export const grokipedia = {
  id: 'grokipedia',
  name: 'Grokipedia',
  vendor: 'xAI',
  category: 'search',
  hosts: ['grokipedia.com'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/xai', 'https://x.ai/legal'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
