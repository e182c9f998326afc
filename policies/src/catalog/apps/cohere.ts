import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://cohere.com/privacy';

/** Cohere (Cohere): model API. */
export const cohere = {
  id: 'cohere',
  name: 'Cohere',
  vendor: 'Cohere',
  category: 'model_api',
  hosts: ['dashboard.cohere.com', 'coral.cohere.com'],
  apiHosts: ['api.cohere.com', 'api.cohere.ai'],
  relatedHosts: ['cohere.com', 'cohere.ai'],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'awesome-ai-tools links', 'awesome-generative-ai links', 'https://cohere.com/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
