import type { AiApp } from '../types';
import { fact, unreviewedRisk } from '../risk';

// Facts below cite the vendor page that states them; the rest stay 'unknown' until reviewed.
const policy = 'https://www.jasper.ai/legal/privacy';

/** Jasper (Jasper AI): writing. */
export const jasper = {
  id: 'jasper',
  name: 'Jasper',
  vendor: 'Jasper AI',
  category: 'writing',
  hosts: ['jasper.ai'],
  apiHosts: ['api.jasper.ai'],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.jasper.ai/legal/privacy'],
  risk: {
    ...unreviewedRisk(policy, '2026-11'),
    trainsOnInputsByDefault: fact(false, 'https://www.jasper.ai/trust', '2025-06'),
    enterpriseTier: fact(true, 'https://www.jasper.ai/pricing', '2025-06'),
    soc2: fact(true, 'https://www.jasper.ai/trust', '2025-06'),
  },
} as const satisfies AiApp;
