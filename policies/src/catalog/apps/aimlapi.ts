import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://aimlapi.com/';

/** AI/ML API (AI/ML API): inference platform. */
export const aimlapi = {
  id: 'aimlapi',
  name: 'AI/ML API',
  vendor: 'AI/ML API',
  category: 'inference_platform',
  hosts: ['aimlapi.com'],
  apiHosts: ['api.aimlapi.com'],
  sources: ['awesome-ai-tools links', 'https://aimlapi.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
