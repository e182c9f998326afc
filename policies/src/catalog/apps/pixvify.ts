import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://pixvify.com/';

/** Pixvify AI (Pixvify AI): image. */
export const pixvify = {
  id: 'pixvify',
  name: 'Pixvify AI',
  vendor: 'Pixvify AI',
  category: 'image',
  hosts: ['pixvify.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://pixvify.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
