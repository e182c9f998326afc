import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://replicate.com/privacy';

/** Replicate (Replicate): inference platform. */
export const replicate = {
  id: 'replicate',
  name: 'Replicate',
  vendor: 'Replicate',
  category: 'inference_platform',
  hosts: ['replicate.com'],
  apiHosts: ['api.replicate.com'],
  relatedHosts: ['replicate.delivery'],
  sources: ['https://replicate.com/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
