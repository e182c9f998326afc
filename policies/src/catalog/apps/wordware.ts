import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.wordware.ai/';

/** Wordware (Wordware): agent / automation. */
export const wordware = {
  id: 'wordware',
  name: 'Wordware',
  vendor: 'Wordware',
  category: 'agent',
  hosts: ['wordware.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://www.wordware.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
