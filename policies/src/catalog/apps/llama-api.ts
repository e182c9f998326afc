import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.llama.com/';

/** Llama API (Meta): model API. */
export const llamaApi = {
  id: 'llama-api',
  name: 'Llama API',
  vendor: 'Meta',
  category: 'model_api',
  hosts: ['llama.developer.meta.com'],
  apiHosts: ['api.llama.com'],
  relatedHosts: ['llama.com'],
  sources: ['awesome-generative-ai links', 'https://www.llama.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
