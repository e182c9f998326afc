import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.ovhcloud.com/';

/** OVHcloud AI Endpoints (OVHcloud): inference platform. */
export const ovhAiEndpoints = {
  id: 'ovh-ai-endpoints',
  name: 'OVHcloud AI Endpoints',
  vendor: 'OVHcloud',
  category: 'inference_platform',
  hosts: [],
  apiHosts: ['endpoints.ai.cloud.ovh.net'],
  sources: ['https://www.ovhcloud.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
