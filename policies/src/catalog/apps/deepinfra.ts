import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://deepinfra.com/privacy';

/** DeepInfra (DeepInfra): inference platform. */
export const deepinfra = {
  id: 'deepinfra',
  name: 'DeepInfra',
  vendor: 'DeepInfra',
  category: 'inference_platform',
  hosts: ['deepinfra.com'],
  apiHosts: ['api.deepinfra.com'],
  sources: ['https://deepinfra.com/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
