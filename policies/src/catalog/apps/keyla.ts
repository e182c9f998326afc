import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://keyla.ai/';

/** Keyla.AI (Keyla.AI): writing. */
export const keyla = {
  id: 'keyla',
  name: 'Keyla.AI',
  vendor: 'Keyla.AI',
  category: 'writing',
  hosts: ['keyla.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://keyla.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
