import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://plantphotoai.com/';

/** PlantPhotoAI (PlantPhotoAI): image. */
export const plantphotoai = {
  id: 'plantphotoai',
  name: 'PlantPhotoAI',
  vendor: 'PlantPhotoAI',
  category: 'image',
  hosts: ['plantphotoai.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://plantphotoai.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
