import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://textcortex.com/';

/** TextCortex (TextCortex): writing. */
export const textcortex = {
  id: 'textcortex',
  name: 'TextCortex',
  vendor: 'TextCortex',
  category: 'writing',
  hosts: ['textcortex.com'],
  apiHosts: [],
  sources: ['https://textcortex.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
