import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://langfa.st/';

/** Langfa.st (Langfa.st): productivity. */
export const langfa = {
  id: 'langfa',
  name: 'Langfa.st',
  vendor: 'Langfa.st',
  category: 'productivity',
  hosts: ['langfa.st'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://langfa.st/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
