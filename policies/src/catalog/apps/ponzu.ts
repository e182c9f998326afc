import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://ponzu.ai/';

/** Ponzu (Ponzu): image. */
export const ponzu = {
  id: 'ponzu',
  name: 'Ponzu',
  vendor: 'Ponzu',
  category: 'image',
  hosts: ['ponzu.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://ponzu.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
