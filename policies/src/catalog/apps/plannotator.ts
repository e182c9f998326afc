import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://plannotator.ai/';

/** Plannotator (Plannotator): coding assistant. */
export const plannotator = {
  id: 'plannotator',
  name: 'Plannotator',
  vendor: 'Plannotator',
  category: 'coding_assistant',
  hosts: ['plannotator.ai'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'https://plannotator.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
