import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://openspec.dev/';

/** OpenSpec (Fission AI): coding assistant. */
export const openspec = {
  id: 'openspec',
  name: 'OpenSpec',
  vendor: 'Fission AI',
  category: 'coding_assistant',
  hosts: [],
  apiHosts: [],
  relatedHosts: ['openspec.dev'],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'https://openspec.dev/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
