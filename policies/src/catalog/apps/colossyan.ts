import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.colossyan.com/';

/** Colossyan (Colossyan): video. */
export const colossyan = {
  id: 'colossyan',
  name: 'Colossyan',
  vendor: 'Colossyan',
  category: 'video',
  hosts: ['colossyan.com'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://www.colossyan.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
