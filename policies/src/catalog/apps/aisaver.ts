import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://aisaver.io/';

/** AISaver (AISaver): AI-related site. */
export const aisaver = {
  id: 'aisaver',
  name: 'AISaver',
  vendor: 'AISaver',
  category: 'other',
  hosts: ['aisaver.io'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://aisaver.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
