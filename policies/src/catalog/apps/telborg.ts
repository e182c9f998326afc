import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://telborg.com/';

/** Telborg (Telborg): AI search. */
export const telborg = {
  id: 'telborg',
  name: 'Telborg',
  vendor: 'Telborg',
  category: 'search',
  hosts: ['telborg.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://telborg.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
