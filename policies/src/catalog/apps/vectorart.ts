import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://vectorart.ai/';

/** VectorArt.ai (VectorArt.ai): image. */
export const vectorart = {
  id: 'vectorart',
  name: 'VectorArt.ai',
  vendor: 'VectorArt.ai',
  category: 'image',
  hosts: ['vectorart.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://vectorart.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
