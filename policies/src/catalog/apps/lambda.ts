import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://lambda.ai/legal/privacy-policy';

/** Lambda Inference (Lambda): inference platform. */
export const lambda = {
  id: 'lambda',
  name: 'Lambda Inference',
  vendor: 'Lambda',
  category: 'inference_platform',
  hosts: ['lambda.ai', 'lambdalabs.com'],
  apiHosts: ['api.lambda.ai', 'api.lambdalabs.com'],
  sources: ['https://lambda.ai/legal/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
