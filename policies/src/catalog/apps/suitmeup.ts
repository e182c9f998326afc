import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://suitmeup.pictures/';

/** Suit me Up (Suit me Up): image. */
export const suitmeup = {
  id: 'suitmeup',
  name: 'Suit me Up',
  vendor: 'Suit me Up',
  category: 'image',
  hosts: ['suitmeup.pictures'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://suitmeup.pictures/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
