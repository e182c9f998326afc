import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://text2infographic.com/';

/** Text2Infographic (Text2Infographic): image. */
export const text2infographic = {
  id: 'text2infographic',
  name: 'Text2Infographic',
  vendor: 'Text2Infographic',
  category: 'image',
  hosts: ['text2infographic.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://text2infographic.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
