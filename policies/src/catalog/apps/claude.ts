import type { AiApp } from '../types';
import { fact, unreviewedRisk } from '../risk';

// Facts below cite the vendor page that states them; the rest stay 'unknown' until reviewed.
const policy = 'https://www.anthropic.com/legal';

/** Claude (Anthropic): chat assistant. */
export const claude = {
  id: 'claude',
  name: 'Claude',
  vendor: 'Anthropic',
  category: 'chat_assistant',
  hosts: ['claude.ai', 'claude.com'],
  apiHosts: [],
  relatedHosts: ['anthropic.com', 'clau.de', 'claudeusercontent.com', 'claudemcpclient.com', 'claudemcpcontent.com', 'servd-anthropic-website.b-cdn.net'],
  sources: ['v2fly/domain-list-community data/anthropic', 'awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.anthropic.com/legal'],
  risk: {
    ...unreviewedRisk(policy, '2026-11'),
    trainsOnInputsByDefault: fact(true, 'https://www.anthropic.com/news/updates-to-our-consumer-terms', '2025-09'),
    retentionDays: fact(1825, 'https://www.anthropic.com/news/updates-to-our-consumer-terms', '2025-09'),
    enterpriseTier: fact(true, 'https://www.anthropic.com/enterprise', '2025-09'),
    soc2: fact(true, 'https://trust.anthropic.com/', '2025-09'),
  },
} as const satisfies AiApp;
