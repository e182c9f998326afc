import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://wellsaidlabs.com/';

/** WellSaid (WellSaid Labs): voice and audio. */
export const wellsaid = {
  id: 'wellsaid',
  name: 'WellSaid',
  vendor: 'WellSaid Labs',
  category: 'voice',
  hosts: ['wellsaidlabs.com', 'wellsaid.io'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://wellsaidlabs.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
