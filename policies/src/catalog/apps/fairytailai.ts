import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://fairytailai.com/';

/** FairyTailAI (FairyTailAI): AI-related site. */
export const fairytailai = {
  id: 'fairytailai',
  name: 'FairyTailAI',
  vendor: 'FairyTailAI',
  category: 'other',
  hosts: ['fairytailai.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://fairytailai.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
