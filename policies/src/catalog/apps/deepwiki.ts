import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://cognition.ai/';

/** DeepWiki (Cognition): coding assistant. */
export const deepwiki = {
  id: 'deepwiki',
  name: 'DeepWiki',
  vendor: 'Cognition',
  category: 'coding_assistant',
  hosts: ['deepwiki.com', 'deepwiki.org'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'https://cognition.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
