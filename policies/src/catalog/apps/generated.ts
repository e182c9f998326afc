import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://generated.photos/';

/** Human Generator (Human Generator): image. */
export const generated = {
  id: 'generated',
  name: 'Human Generator',
  vendor: 'Human Generator',
  category: 'image',
  hosts: ['generated.photos'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://generated.photos/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
