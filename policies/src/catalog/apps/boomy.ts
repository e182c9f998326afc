import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://boomy.com/';

/** Boomy (Boomy): voice and audio. */
export const boomy = {
  id: 'boomy',
  name: 'Boomy',
  vendor: 'Boomy',
  category: 'voice',
  hosts: ['boomy.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://boomy.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
