import type { AiApp } from '../types';
import { fact, unreviewedRisk } from '../risk';

// Facts below cite the vendor page that states them; the rest stay 'unknown' until reviewed.
const policy = 'https://openai.com/policies/';

/** OpenAI API Platform (OpenAI): model API. */
export const openaiApi = {
  id: 'openai-api',
  name: 'OpenAI API Platform',
  vendor: 'OpenAI',
  category: 'model_api',
  hosts: ['platform.openai.com'],
  apiHosts: ['api.openai.com'],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://openai.com/policies/'],
  risk: {
    ...unreviewedRisk(policy, '2026-11'),
    trainsOnInputsByDefault: fact(false, 'https://openai.com/enterprise-privacy/', '2025-01'),
    retentionDays: fact(30, 'https://platform.openai.com/docs/guides/your-data', '2025-01'),
    enterpriseTier: fact(true, 'https://openai.com/enterprise-privacy/', '2025-01'),
    soc2: fact(true, 'https://trust.openai.com/', '2025-01'),
    hipaaBaa: fact(true, 'https://platform.openai.com/docs/guides/your-data', '2025-01'),
    dataResidency: fact(['US', 'EU'], 'https://openai.com/index/introducing-data-residency-in-europe/', '2025-02'),
  },
} as const satisfies AiApp;
