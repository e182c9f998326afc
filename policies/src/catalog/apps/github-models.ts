import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://docs.github.com/site-policy';

/** GitHub Models (GitHub): model API. */
export const githubModels = {
  id: 'github-models',
  name: 'GitHub Models',
  vendor: 'GitHub',
  category: 'model_api',
  hosts: [],
  apiHosts: ['models.github.ai', 'models.inference.ai.azure.com'],
  webPaths: ['github.com/marketplace/models'],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://docs.github.com/site-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
