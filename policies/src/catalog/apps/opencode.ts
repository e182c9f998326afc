import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://opencode.ai/';

/** opencode (SST (opencode)): coding assistant. */
export const opencode = {
  id: 'opencode',
  name: 'opencode',
  vendor: 'SST (opencode)',
  category: 'coding_assistant',
  hosts: ['opencode.ai'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://opencode.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
