import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.aidbase.ai/';

/** Aidbase (Aidbase): agent / automation. */
export const aidbase = {
  id: 'aidbase',
  name: 'Aidbase',
  vendor: 'Aidbase',
  category: 'agent',
  hosts: ['aidbase.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://www.aidbase.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
