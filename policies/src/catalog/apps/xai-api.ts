import type { AiApp } from '../types';
import { fact, unreviewedRisk } from '../risk';

// Facts below cite the vendor page that states them; the rest stay 'unknown' until reviewed.
const policy = 'https://x.ai/legal';

/** xAI API (xAI): model API. */
export const xaiApi = {
  id: 'xai-api',
  name: 'xAI API',
  vendor: 'xAI',
  category: 'model_api',
  hosts: ['console.x.ai'],
  apiHosts: ['api.x.ai'],
  sources: ['https://x.ai/legal'],
  risk: {
    ...unreviewedRisk(policy, '2026-11'),
    trainsOnInputsByDefault: fact(false, 'https://x.ai/legal/enterprise/faq', '2025-06'),
    retentionDays: fact(30, 'https://x.ai/legal/enterprise/faq', '2025-06'),
    enterpriseTier: fact(true, 'https://x.ai/legal/enterprise/faq', '2025-06'),
    soc2: fact(true, 'https://x.ai/security', '2025-06'),
  },
} as const satisfies AiApp;
