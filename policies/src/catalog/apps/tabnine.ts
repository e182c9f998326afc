import type { AiApp } from '../types';
import { fact, unreviewedRisk } from '../risk';

// Facts below cite the vendor page that states them; the rest stay 'unknown' until reviewed.
const policy = 'https://www.tabnine.com/privacy/';

/** Tabnine (Tabnine): coding assistant. */
export const tabnine = {
  id: 'tabnine',
  name: 'Tabnine',
  vendor: 'Tabnine',
  category: 'coding_assistant',
  hosts: ['tabnine.com'],
  apiHosts: ['api.tabnine.com'],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.tabnine.com/privacy/'],
  risk: {
    ...unreviewedRisk(policy, '2026-11'),
    trainsOnInputsByDefault: fact(false, 'https://www.tabnine.com/code-privacy/', '2025-06'),
    enterpriseTier: fact(true, 'https://www.tabnine.com/enterprise/', '2025-06'),
  },
} as const satisfies AiApp;
