import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://fal.ai/privacy';

/** fal.ai (Features & Labels): inference platform. */
export const fal = {
  id: 'fal',
  name: 'fal.ai',
  vendor: 'Features & Labels',
  category: 'inference_platform',
  hosts: ['fal.ai'],
  apiHosts: ['fal.run'],
  relatedHosts: ['fal.media'],
  sources: ['https://fal.ai/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
