import type { AiApp } from '../types';
import { fact, unreviewedRisk } from '../risk';

// Facts below cite the vendor page that states them; the rest stay 'unknown' until reviewed.
const policy = 'https://fireworks.ai/privacy-policy';

/** Fireworks AI (Fireworks AI): inference platform. */
export const fireworks = {
  id: 'fireworks',
  name: 'Fireworks AI',
  vendor: 'Fireworks AI',
  category: 'inference_platform',
  hosts: ['fireworks.ai'],
  apiHosts: ['api.fireworks.ai'],
  sources: ['https://fireworks.ai/privacy-policy'],
  risk: {
    ...unreviewedRisk(policy, '2026-11'),
    trainsOnInputsByDefault: fact(false, 'https://docs.fireworks.ai/guides/security_compliance/data_handling', '2025-06'),
    retentionDays: fact('none', 'https://docs.fireworks.ai/guides/security_compliance/data_handling', '2025-06'),
  },
} as const satisfies AiApp;
