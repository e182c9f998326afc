import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.recraft.ai/';

/** Recraft (Recraft): image. */
export const recraft = {
  id: 'recraft',
  name: 'Recraft',
  vendor: 'Recraft',
  category: 'image',
  hosts: ['recraft.ai'],
  apiHosts: ['external.api.recraft.ai'],
  sources: ['awesome-generative-ai links', 'https://www.recraft.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
