import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://getemil.io/';

/** Emilio (Emilio): productivity. */
export const getemil = {
  id: 'getemil',
  name: 'Emilio',
  vendor: 'Emilio',
  category: 'productivity',
  hosts: ['getemil.io'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://getemil.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
