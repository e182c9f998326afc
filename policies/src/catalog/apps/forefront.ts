import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.forefront.ai/';

/** Forefront (Forefront): chat assistant. */
export const forefront = {
  id: 'forefront',
  name: 'Forefront',
  vendor: 'Forefront',
  category: 'chat_assistant',
  hosts: ['forefront.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.forefront.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
