import type { AiApp } from '../types';
import { fact, unreviewedRisk } from '../risk';

// Facts below cite the vendor page that states them; the rest stay 'unknown' until reviewed.
const policy = 'https://www.facebook.com/privacy/genai/';

/** Meta AI (Meta): chat assistant. */
export const metaAi = {
  id: 'meta-ai',
  name: 'Meta AI',
  vendor: 'Meta',
  category: 'chat_assistant',
  hosts: ['meta.ai'],
  apiHosts: [],
  relatedHosts: ['ai.meta.com', 'ai.facebook.com'],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.facebook.com/privacy/genai/'],
  risk: {
    ...unreviewedRisk(policy, '2026-11'),
    trainsOnInputsByDefault: fact(true, 'https://www.facebook.com/privacy/genai/', '2025-06'),
    enterpriseTier: fact(false, 'https://www.facebook.com/privacy/genai/', '2025-06'),
  },
} as const satisfies AiApp;
