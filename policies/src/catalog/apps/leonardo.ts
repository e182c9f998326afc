import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://leonardo.ai/privacy-policy/';

/** Leonardo.Ai (Canva (Leonardo)): image. */
export const leonardo = {
  id: 'leonardo',
  name: 'Leonardo.Ai',
  vendor: 'Canva (Leonardo)',
  category: 'image',
  hosts: ['leonardo.ai'],
  apiHosts: ['cloud.leonardo.ai'],
  sources: ['awesome-generative-ai links', 'https://leonardo.ai/privacy-policy/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
