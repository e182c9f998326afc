import type { AiApp } from '../types';
import { fact, unreviewedRisk } from '../risk';

// Facts below cite the vendor page that states them; the rest stay 'unknown' until reviewed.
const policy = 'https://mistral.ai/terms';

/** Mistral Le Chat (Mistral AI): chat assistant. */
export const leChat = {
  id: 'le-chat',
  name: 'Mistral Le Chat',
  vendor: 'Mistral AI',
  category: 'chat_assistant',
  hosts: ['chat.mistral.ai'],
  apiHosts: [],
  relatedHosts: ['mistral.ai'],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'awesome-generative-ai links', 'https://mistral.ai/terms'],
  risk: {
    ...unreviewedRisk(policy, '2026-11'),
    trainsOnInputsByDefault: fact(true, 'https://help.mistral.ai/en/articles/455207-can-i-opt-out-of-my-input-or-output-data-being-used-for-training', '2025-06'),
    enterpriseTier: fact(true, 'https://mistral.ai/products/le-chat', '2025-06'),
    soc2: fact(true, 'https://trust.mistral.ai/', '2025-06'),
    dataResidency: fact(['EU'], 'https://trust.mistral.ai/', '2025-06'),
  },
} as const satisfies AiApp;
