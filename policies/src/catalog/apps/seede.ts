import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://seede.ai/';

/** Seede.ai (Seede.ai): image. */
export const seede = {
  id: 'seede',
  name: 'Seede.ai',
  vendor: 'Seede.ai',
  category: 'image',
  hosts: ['seede.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://seede.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
