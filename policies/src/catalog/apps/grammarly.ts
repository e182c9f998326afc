import type { AiApp } from '../types';
import { fact, unreviewedRisk } from '../risk';

// Facts below cite the vendor page that states them; the rest stay 'unknown' until reviewed.
const policy = 'https://www.grammarly.com/privacy-policy';

/** Grammarly (Grammarly (Superhuman)): writing. */
export const grammarly = {
  id: 'grammarly',
  name: 'Grammarly',
  vendor: 'Grammarly (Superhuman)',
  category: 'writing',
  hosts: ['grammarly.com'],
  apiHosts: ['capi.grammarly.com'],
  relatedHosts: ['grammarly.io'],
  sources: ['https://www.grammarly.com/privacy-policy'],
  risk: {
    ...unreviewedRisk(policy, '2026-11'),
    enterpriseTier: fact(true, 'https://www.grammarly.com/enterprise', '2025-06'),
    soc2: fact(true, 'https://www.grammarly.com/trust', '2025-06'),
  },
} as const satisfies AiApp;
