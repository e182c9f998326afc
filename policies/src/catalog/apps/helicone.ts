import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.helicone.ai/privacy';

/** Helicone (Helicone): inference platform. */
export const helicone = {
  id: 'helicone',
  name: 'Helicone',
  vendor: 'Helicone',
  category: 'inference_platform',
  hosts: ['helicone.ai'],
  apiHosts: ['oai.helicone.ai', 'api.helicone.ai'],
  sources: ['awesome-generative-ai links', 'https://www.helicone.ai/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
