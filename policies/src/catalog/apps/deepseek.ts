import type { AiApp } from '../types';
import { fact, unreviewedRisk } from '../risk';

// Facts below cite the vendor page that states them; the rest stay 'unknown' until reviewed.
const policy = 'https://cdn.deepseek.com/policies/en-US/deepseek-privacy-policy.html';

/** DeepSeek (DeepSeek): chat assistant. */
export const deepseek = {
  id: 'deepseek',
  name: 'DeepSeek',
  vendor: 'DeepSeek',
  category: 'chat_assistant',
  hosts: ['chat.deepseek.com'],
  apiHosts: [],
  relatedHosts: ['deepseek.com'],
  sources: ['v2fly/domain-list-community data/deepseek', 'awesome-ai-tools links', 'awesome-generative-ai links', 'https://cdn.deepseek.com/policies/en-US/deepseek-privacy-policy.html'],
  risk: {
    ...unreviewedRisk(policy, '2026-11'),
    trainsOnInputsByDefault: fact(true, 'https://cdn.deepseek.com/policies/en-US/deepseek-privacy-policy.html', '2025-02'),
    enterpriseTier: fact(false, 'https://cdn.deepseek.com/policies/en-US/deepseek-privacy-policy.html', '2025-02'),
    dataResidency: fact(['CN'], 'https://cdn.deepseek.com/policies/en-US/deepseek-privacy-policy.html', '2025-02'),
    breachHistory: fact(['2025-01: unauthenticated ClickHouse database exposed chat history and API keys (Wiz Research)'], 'https://www.wiz.io/blog/wiz-research-uncovers-exposed-deepseek-database-leak', '2025-01'),
  },
} as const satisfies AiApp;
