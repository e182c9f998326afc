import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://mem.ai/privacy';

/** Mem (Mem Labs): productivity. */
export const mem = {
  id: 'mem',
  name: 'Mem',
  vendor: 'Mem Labs',
  category: 'productivity',
  hosts: ['mem.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://mem.ai/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
