import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://vanna.ai/';

/** Vanna AI (Vanna AI): coding assistant. */
export const vanna = {
  id: 'vanna',
  name: 'Vanna AI',
  vendor: 'Vanna AI',
  category: 'coding_assistant',
  hosts: ['vanna.ai'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://vanna.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
