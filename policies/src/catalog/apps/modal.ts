import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://modal.com/legal/privacy-policy';

/** Modal (Modal Labs): inference platform. */
export const modal = {
  id: 'modal',
  name: 'Modal',
  vendor: 'Modal Labs',
  category: 'inference_platform',
  hosts: ['modal.com'],
  apiHosts: ['modal.run'],
  sources: ['https://modal.com/legal/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
