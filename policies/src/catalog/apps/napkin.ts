import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.napkin.ai/';

/** Napkin AI (Napkin AI): productivity. */
export const napkin = {
  id: 'napkin',
  name: 'Napkin AI',
  vendor: 'Napkin AI',
  category: 'productivity',
  hosts: ['napkin.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.napkin.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
