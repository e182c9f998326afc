import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://lexica.art/';

/** Lexica (Lexica): image. */
export const lexica = {
  id: 'lexica',
  name: 'Lexica',
  vendor: 'Lexica',
  category: 'image',
  hosts: ['lexica.art'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://lexica.art/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
