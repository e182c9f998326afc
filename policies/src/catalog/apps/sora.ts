import type { AiApp } from '../types';
import { fact, unreviewedRisk } from '../risk';

// Facts below cite the vendor page that states them; the rest stay 'unknown' until reviewed.
const policy = 'https://openai.com/policies/';

/** Sora (OpenAI): video. */
export const sora = {
  id: 'sora',
  name: 'Sora',
  vendor: 'OpenAI',
  category: 'video',
  hosts: ['sora.com', 'sora.chatgpt.com'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/openai', 'https://openai.com/policies/'],
  risk: {
    ...unreviewedRisk(policy, '2026-11'),
    trainsOnInputsByDefault: fact(true, 'https://help.openai.com/en/articles/5722486-how-your-data-is-used-to-improve-model-performance', '2025-01'),
    enterpriseTier: fact(true, 'https://openai.com/chatgpt/enterprise/', '2025-01'),
  },
} as const satisfies AiApp;
