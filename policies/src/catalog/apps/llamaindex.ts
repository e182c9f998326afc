import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.llamaindex.ai/privacy';

/** LlamaIndex (LlamaCloud) (LlamaIndex): agent / automation. */
export const llamaindex = {
  id: 'llamaindex',
  name: 'LlamaIndex (LlamaCloud)',
  vendor: 'LlamaIndex',
  category: 'agent',
  hosts: ['llamaindex.ai'],
  apiHosts: ['api.cloud.llamaindex.ai'],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.llamaindex.ai/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
