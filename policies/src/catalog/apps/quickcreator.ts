import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://quickcreator.io/';

/** QuickCreator (QuickCreator): writing. */
export const quickcreator = {
  id: 'quickcreator',
  name: 'QuickCreator',
  vendor: 'QuickCreator',
  category: 'writing',
  hosts: ['quickcreator.io'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://quickcreator.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
