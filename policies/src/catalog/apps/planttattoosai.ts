import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://planttattoosai.com/';

/** PlantTattoosAI (PlantTattoosAI): image. */
export const planttattoosai = {
  id: 'planttattoosai',
  name: 'PlantTattoosAI',
  vendor: 'PlantTattoosAI',
  category: 'image',
  hosts: ['planttattoosai.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://planttattoosai.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
