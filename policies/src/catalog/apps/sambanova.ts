import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://sambanova.ai/privacy-policy';

/** SambaNova Cloud (SambaNova Systems): inference platform. */
export const sambanova = {
  id: 'sambanova',
  name: 'SambaNova Cloud',
  vendor: 'SambaNova Systems',
  category: 'inference_platform',
  hosts: ['sambanova.ai'],
  apiHosts: ['api.sambanova.ai'],
  sources: ['https://sambanova.ai/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
