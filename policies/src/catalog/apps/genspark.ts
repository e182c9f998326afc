import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.genspark.ai/';

/** Genspark (MainFunc): agent / automation. */
export const genspark = {
  id: 'genspark',
  name: 'Genspark',
  vendor: 'MainFunc',
  category: 'agent',
  hosts: ['genspark.ai'],
  apiHosts: [],
  sources: ['https://www.genspark.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
