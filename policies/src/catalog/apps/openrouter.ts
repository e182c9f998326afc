import type { AiApp } from '../types';
import { fact, unreviewedRisk } from '../risk';

// Facts below cite the vendor page that states them; the rest stay 'unknown' until reviewed.
const policy = 'https://openrouter.ai/privacy';

/** OpenRouter (OpenRouter): inference platform. */
export const openrouter = {
  id: 'openrouter',
  name: 'OpenRouter',
  vendor: 'OpenRouter',
  category: 'inference_platform',
  hosts: ['openrouter.ai'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'awesome-generative-ai links', 'https://openrouter.ai/privacy'],
  risk: {
    ...unreviewedRisk(policy, '2026-11'),
    retentionDays: fact('none', 'https://openrouter.ai/docs/features/privacy-and-logging', '2025-06'),
  },
} as const satisfies AiApp;
