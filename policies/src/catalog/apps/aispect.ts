import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://aispect.io/';

/** Aispect (Aispect): AI-related site. */
export const aispect = {
  id: 'aispect',
  name: 'Aispect',
  vendor: 'Aispect',
  category: 'other',
  hosts: ['aispect.io'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://aispect.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
