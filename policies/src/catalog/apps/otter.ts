import type { AiApp } from '../types';
import { fact, unreviewedRisk } from '../risk';

// Facts below cite the vendor page that states them; the rest stay 'unknown' until reviewed.
const policy = 'https://otter.ai/privacy-policy';

/** Otter.ai (Otter.ai): meeting note-taker. */
export const otter = {
  id: 'otter',
  name: 'Otter.ai',
  vendor: 'Otter.ai',
  category: 'meeting_notes',
  hosts: ['otter.ai'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://otter.ai/privacy-policy'],
  risk: {
    ...unreviewedRisk(policy, '2026-11'),
    trainsOnInputsByDefault: fact(true, 'https://otter.ai/privacy-policy', '2025-06'),
    enterpriseTier: fact(true, 'https://otter.ai/enterprise', '2025-06'),
    soc2: fact(true, 'https://otter.ai/privacy-security', '2025-06'),
    hipaaBaa: fact(true, 'https://help.otter.ai/hc/en-us/articles/33975072019991-HIPAA-Otter-ai', '2025-09'),
  },
} as const satisfies AiApp;
