import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://reve.com/';

/** Reve (Reve AI): image. */
export const reve = {
  id: 'reve',
  name: 'Reve',
  vendor: 'Reve AI',
  category: 'image',
  hosts: ['reve.com'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://reve.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
