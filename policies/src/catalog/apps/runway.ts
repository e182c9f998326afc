import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://runwayml.com/privacy-policy';

/** Runway (Runway AI): video. */
export const runway = {
  id: 'runway',
  name: 'Runway',
  vendor: 'Runway AI',
  category: 'video',
  hosts: ['runwayml.com'],
  apiHosts: ['api.dev.runwayml.com'],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://runwayml.com/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
