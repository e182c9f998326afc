import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://getmaxim.ai/';

/** Maxim AI (Maxim AI): coding assistant. */
export const getmaxim = {
  id: 'getmaxim',
  name: 'Maxim AI',
  vendor: 'Maxim AI',
  category: 'coding_assistant',
  hosts: ['getmaxim.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://getmaxim.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
