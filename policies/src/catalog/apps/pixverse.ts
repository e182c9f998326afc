import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://pixverse.ai/';

/** PixVerse (AISphere): video. */
export const pixverse = {
  id: 'pixverse',
  name: 'PixVerse',
  vendor: 'AISphere',
  category: 'video',
  hosts: ['pixverse.ai'],
  apiHosts: [],
  sources: ['https://pixverse.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
