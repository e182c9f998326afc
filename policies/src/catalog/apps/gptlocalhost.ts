import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://gptlocalhost.com/';

/** GPTLocalhost (GPTLocalhost): writing. */
export const gptlocalhost = {
  id: 'gptlocalhost',
  name: 'GPTLocalhost',
  vendor: 'GPTLocalhost',
  category: 'writing',
  hosts: ['gptlocalhost.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://gptlocalhost.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
