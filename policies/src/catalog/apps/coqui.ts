import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://coqui.ai/';

/** Coqui (Coqui): voice and audio. */
export const coqui = {
  id: 'coqui',
  name: 'Coqui',
  vendor: 'Coqui',
  category: 'voice',
  hosts: [],
  apiHosts: [],
  relatedHosts: ['coqui.ai'],
  sources: ['awesome-ai-tools links', 'https://coqui.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
