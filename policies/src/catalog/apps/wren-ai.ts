import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://getwren.ai/';

/** Wren AI (Canner): coding assistant. */
export const wrenAi = {
  id: 'wren-ai',
  name: 'Wren AI',
  vendor: 'Canner',
  category: 'coding_assistant',
  hosts: ['getwren.ai'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://getwren.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
