import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://nekton.ai/';

/** Nekton AI (Nekton): productivity. */
export const nekton = {
  id: 'nekton',
  name: 'Nekton AI',
  vendor: 'Nekton',
  category: 'productivity',
  hosts: ['nekton.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://nekton.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
