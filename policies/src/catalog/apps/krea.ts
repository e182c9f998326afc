import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.krea.ai/';

/** Krea (Krea AI): image. */
export const krea = {
  id: 'krea',
  name: 'Krea',
  vendor: 'Krea AI',
  category: 'image',
  hosts: ['krea.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.krea.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
