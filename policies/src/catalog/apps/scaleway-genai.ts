import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.scaleway.com/en/privacy-policy/';

/** Scaleway Generative APIs (Scaleway): inference platform. */
export const scalewayGenai = {
  id: 'scaleway-genai',
  name: 'Scaleway Generative APIs',
  vendor: 'Scaleway',
  category: 'inference_platform',
  hosts: [],
  apiHosts: ['api.scaleway.ai'],
  sources: ['https://www.scaleway.com/en/privacy-policy/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
