import type { AiApp } from '../types';
import { fact, unreviewedRisk } from '../risk';

// Facts below cite the vendor page that states them; the rest stay 'unknown' until reviewed.
const policy = 'https://learn.microsoft.com/legal/cognitive-services/openai/data-privacy';

/** Azure OpenAI (Microsoft): model API. */
export const azureOpenai = {
  id: 'azure-openai',
  name: 'Azure OpenAI',
  vendor: 'Microsoft',
  category: 'model_api',
  hosts: ['oai.azure.com'],
  apiHosts: ['openai.azure.com'],
  sources: ['https://learn.microsoft.com/legal/cognitive-services/openai/data-privacy'],
  risk: {
    ...unreviewedRisk(policy, '2026-11'),
    trainsOnInputsByDefault: fact(false, 'https://learn.microsoft.com/legal/cognitive-services/openai/data-privacy', '2025-06'),
    retentionDays: fact(30, 'https://learn.microsoft.com/legal/cognitive-services/openai/data-privacy', '2025-06'),
    enterpriseTier: fact(true, 'https://learn.microsoft.com/legal/cognitive-services/openai/data-privacy', '2025-06'),
    soc2: fact(true, 'https://learn.microsoft.com/compliance/regulatory/offering-soc-2', '2025-06'),
    hipaaBaa: fact(true, 'https://learn.microsoft.com/compliance/regulatory/offering-hipaa-hitech', '2025-06'),
    dataResidency: fact(['US', 'EU'], 'https://learn.microsoft.com/legal/cognitive-services/openai/data-privacy', '2025-06'),
  },
} as const satisfies AiApp;
