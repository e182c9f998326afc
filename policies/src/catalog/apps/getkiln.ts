import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://getkiln.ai/';

/** Kiln (Kiln): coding assistant. */
export const getkiln = {
  id: 'getkiln',
  name: 'Kiln',
  vendor: 'Kiln',
  category: 'coding_assistant',
  hosts: ['getkiln.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://getkiln.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
