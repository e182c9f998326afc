import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://ideogram.ai/legal/privacy-policy';

/** Ideogram (Ideogram): image. */
export const ideogram = {
  id: 'ideogram',
  name: 'Ideogram',
  vendor: 'Ideogram',
  category: 'image',
  hosts: ['ideogram.ai'],
  apiHosts: ['api.ideogram.ai'],
  sources: ['awesome-generative-ai links', 'https://ideogram.ai/legal/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
