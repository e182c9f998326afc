import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://copysmith.ai/';

/** Copysmith (Copysmith): writing. */
export const copysmith = {
  id: 'copysmith',
  name: 'Copysmith',
  vendor: 'Copysmith',
  category: 'writing',
  hosts: ['copysmith.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://copysmith.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
