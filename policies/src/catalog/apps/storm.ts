import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://storm.genie.stanford.edu/';

/** STORM (Stanford) (Stanford OVAL): AI search. */
export const storm = {
  id: 'storm',
  name: 'STORM (Stanford)',
  vendor: 'Stanford OVAL',
  category: 'search',
  hosts: ['storm.genie.stanford.edu'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://storm.genie.stanford.edu/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
