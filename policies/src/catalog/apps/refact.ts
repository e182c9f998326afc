import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://refact.ai/';

/** Refact.ai (Refact AI): coding assistant. */
export const refact = {
  id: 'refact',
  name: 'Refact.ai',
  vendor: 'Refact AI',
  category: 'coding_assistant',
  hosts: ['refact.ai'],
  apiHosts: [],
  sources: ['https://refact.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
