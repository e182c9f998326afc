import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.d-id.com/privacy-policy/';

/** D-ID (D-ID): video. */
export const dId = {
  id: 'd-id',
  name: 'D-ID',
  vendor: 'D-ID',
  category: 'video',
  hosts: ['d-id.com'],
  apiHosts: ['api.d-id.com'],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.d-id.com/privacy-policy/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
