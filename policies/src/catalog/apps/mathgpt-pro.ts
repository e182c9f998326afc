import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://mathgptpro.com/';

/** MathGPT Pro (MathGPT Pro): chat assistant. */
export const mathgptPro = {
  id: 'mathgpt-pro',
  name: 'MathGPT Pro',
  vendor: 'MathGPT Pro',
  category: 'chat_assistant',
  hosts: ['mathgptpro.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://mathgptpro.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
