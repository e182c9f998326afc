import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.baseten.co/privacy-policy/';

/** Baseten (Baseten): inference platform. */
export const baseten = {
  id: 'baseten',
  name: 'Baseten',
  vendor: 'Baseten',
  category: 'inference_platform',
  hosts: ['baseten.co'],
  apiHosts: ['api.baseten.co'],
  sources: ['https://www.baseten.co/privacy-policy/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
