import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.figurelabs.ai/';

/** FigureLabs (FigureLabs): image. */
export const figurelabs = {
  id: 'figurelabs',
  name: 'FigureLabs',
  vendor: 'FigureLabs',
  category: 'image',
  hosts: ['figurelabs.ai'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://www.figurelabs.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
