import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.hebbia.ai/';

/** Hebbia (Hebbia): AI search. */
export const hebbia = {
  id: 'hebbia',
  name: 'Hebbia',
  vendor: 'Hebbia',
  category: 'search',
  hosts: ['hebbia.ai', 'hebbia.com'],
  apiHosts: [],
  sources: ['https://www.hebbia.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
