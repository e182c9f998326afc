import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.scenario.com/';

/** Scenario (Scenario): image. */
export const scenario = {
  id: 'scenario',
  name: 'Scenario',
  vendor: 'Scenario',
  category: 'image',
  hosts: ['scenario.com'],
  apiHosts: ['api.cloud.scenario.com'],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.scenario.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
