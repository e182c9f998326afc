import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.compose.ai/';

/** Compose AI (Compose AI): writing. */
export const composeAi = {
  id: 'compose-ai',
  name: 'Compose AI',
  vendor: 'Compose AI',
  category: 'writing',
  hosts: ['compose.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.compose.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
