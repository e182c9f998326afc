import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://diffusiondb.com/';

/** DiffusionDB (DiffusionDB): AI-related site. */
export const diffusiondb = {
  id: 'diffusiondb',
  name: 'DiffusionDB',
  vendor: 'DiffusionDB',
  category: 'other',
  hosts: [],
  apiHosts: [],
  relatedHosts: ['diffusiondb.com'],
  sources: ['awesome-generative-ai links', 'https://diffusiondb.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
