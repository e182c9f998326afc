import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.craiyon.com/privacy';

/** Craiyon (Craiyon): image. */
export const craiyon = {
  id: 'craiyon',
  name: 'Craiyon',
  vendor: 'Craiyon',
  category: 'image',
  hosts: ['craiyon.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.craiyon.com/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
