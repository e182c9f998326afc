import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://agentskills.io/';

/** Agent Skills (Agent Skills): AI-related site. */
export const agentskills = {
  id: 'agentskills',
  name: 'Agent Skills',
  vendor: 'Agent Skills',
  category: 'other',
  hosts: [],
  apiHosts: [],
  relatedHosts: ['agentskills.io'],
  sources: ['awesome-generative-ai links', 'https://agentskills.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
