import type { AiApp } from '../types';
import { fact, unreviewedRisk } from '../risk';

// Facts below cite the vendor page that states them; the rest stay 'unknown' until reviewed.
const policy = 'https://cdn.deepseek.com/policies/en-US/deepseek-privacy-policy.html';

/** DeepSeek API (DeepSeek): model API. */
export const deepseekApi = {
  id: 'deepseek-api',
  name: 'DeepSeek API',
  vendor: 'DeepSeek',
  category: 'model_api',
  hosts: ['platform.deepseek.com'],
  apiHosts: ['api.deepseek.com'],
  sources: ['https://cdn.deepseek.com/policies/en-US/deepseek-privacy-policy.html'],
  risk: {
    ...unreviewedRisk(policy, '2026-11'),
    dataResidency: fact(['CN'], 'https://cdn.deepseek.com/policies/en-US/deepseek-privacy-policy.html', '2025-02'),
    breachHistory: fact(['2025-01: unauthenticated ClickHouse database exposed chat history and API keys (Wiz Research)'], 'https://www.wiz.io/blog/wiz-research-uncovers-exposed-deepseek-database-leak', '2025-01'),
  },
} as const satisfies AiApp;
