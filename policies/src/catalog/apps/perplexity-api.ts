import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.perplexity.ai/hub/legal/privacy-policy';

/** Perplexity API (Sonar) (Perplexity AI): model API. */
export const perplexityApi = {
  id: 'perplexity-api',
  name: 'Perplexity API (Sonar)',
  vendor: 'Perplexity AI',
  category: 'model_api',
  hosts: [],
  apiHosts: ['api.perplexity.ai'],
  sources: ['https://www.perplexity.ai/hub/legal/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
