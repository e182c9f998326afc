import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.artbreeder.com/';

/** Artbreeder (Artbreeder): image. */
export const artbreeder = {
  id: 'artbreeder',
  name: 'Artbreeder',
  vendor: 'Artbreeder',
  category: 'image',
  hosts: ['artbreeder.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.artbreeder.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
