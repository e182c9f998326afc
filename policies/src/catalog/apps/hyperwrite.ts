import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.hyperwriteai.com/';

/** HyperWrite (OthersideAI): writing. */
export const hyperwrite = {
  id: 'hyperwrite',
  name: 'HyperWrite',
  vendor: 'OthersideAI',
  category: 'writing',
  hosts: ['hyperwriteai.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.hyperwriteai.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
