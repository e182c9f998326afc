import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://devin.ai/';

/** Devin (Cognition): coding assistant. */
export const devin = {
  id: 'devin',
  name: 'Devin',
  vendor: 'Cognition',
  category: 'coding_assistant',
  hosts: ['devin.ai'],
  apiHosts: [],
  relatedHosts: ['cognition.ai'],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'awesome-generative-ai links', 'https://devin.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
