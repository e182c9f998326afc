import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.rephrase.ai/';

/** Rephrase.ai (Adobe (Rephrase)): video. */
export const rephraseAi = {
  id: 'rephrase-ai',
  name: 'Rephrase.ai',
  vendor: 'Adobe (Rephrase)',
  category: 'video',
  hosts: ['rephrase.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://www.rephrase.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
