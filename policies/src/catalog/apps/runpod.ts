import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.runpod.io/legal/privacy-policy';

/** RunPod (RunPod): inference platform. */
export const runpod = {
  id: 'runpod',
  name: 'RunPod',
  vendor: 'RunPod',
  category: 'inference_platform',
  hosts: ['runpod.io'],
  apiHosts: ['api.runpod.ai'],
  sources: ['https://www.runpod.io/legal/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
