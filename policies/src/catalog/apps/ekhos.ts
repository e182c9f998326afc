import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://ekhos.ai/';

/** EKHOS AI (EKHOS AI): voice and audio. */
export const ekhos = {
  id: 'ekhos',
  name: 'EKHOS AI',
  vendor: 'EKHOS AI',
  category: 'voice',
  hosts: ['ekhos.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://ekhos.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
