import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.coderabbit.ai/privacy-policy';

/** CodeRabbit (CodeRabbit): coding assistant. */
export const coderabbit = {
  id: 'coderabbit',
  name: 'CodeRabbit',
  vendor: 'CodeRabbit',
  category: 'coding_assistant',
  hosts: ['coderabbit.ai'],
  apiHosts: [],
  relatedHosts: ['coderabbit.gallery.vsassets.io'],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'awesome-ai-tools links', 'https://www.coderabbit.ai/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
