import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://editgpt.app/';

/** EditGPT (EditGPT): writing. */
export const editgpt = {
  id: 'editgpt',
  name: 'EditGPT',
  vendor: 'EditGPT',
  category: 'writing',
  hosts: ['editgpt.app'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://editgpt.app/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
