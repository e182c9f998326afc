import type { AiApp } from '../types';
import { fact, unreviewedRisk } from '../risk';

// Facts below cite the vendor page that states them; the rest stay 'unknown' until reviewed.
const policy = 'https://www.anthropic.com/legal';

/** Anthropic API (Claude Platform) (Anthropic): model API. */
export const anthropicApi = {
  id: 'anthropic-api',
  name: 'Anthropic API (Claude Platform)',
  vendor: 'Anthropic',
  category: 'model_api',
  hosts: ['console.anthropic.com', 'platform.claude.com'],
  apiHosts: ['api.anthropic.com'],
  sources: ['https://www.anthropic.com/legal'],
  risk: {
    ...unreviewedRisk(policy, '2026-11'),
    trainsOnInputsByDefault: fact(false, 'https://www.anthropic.com/news/updates-to-our-consumer-terms', '2025-09'),
    enterpriseTier: fact(true, 'https://platform.claude.com/docs/en/build-with-claude/api-and-data-retention', '2026-01'),
    soc2: fact(true, 'https://trust.anthropic.com/', '2025-09'),
    hipaaBaa: fact(true, 'https://platform.claude.com/docs/en/build-with-claude/api-and-data-retention', '2026-01'),
  },
} as const satisfies AiApp;
