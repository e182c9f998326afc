import type { AiApp } from '../types';
import { fact, unreviewedRisk } from '../risk';

// Facts below cite the vendor page that states them; the rest stay 'unknown' until reviewed.
const policy = 'https://mistral.ai/terms';

/** Mistral AI API (La Plateforme) (Mistral AI): model API. */
export const mistralApi = {
  id: 'mistral-api',
  name: 'Mistral AI API (La Plateforme)',
  vendor: 'Mistral AI',
  category: 'model_api',
  hosts: ['console.mistral.ai', 'admin.mistral.ai'],
  apiHosts: ['api.mistral.ai', 'codestral.mistral.ai'],
  sources: ['https://mistral.ai/terms'],
  risk: {
    ...unreviewedRisk(policy, '2026-11'),
    enterpriseTier: fact(true, 'https://mistral.ai/terms', '2025-06'),
    soc2: fact(true, 'https://trust.mistral.ai/', '2025-06'),
    dataResidency: fact(['EU'], 'https://trust.mistral.ai/', '2025-06'),
  },
} as const satisfies AiApp;
