import type { AiApp } from '../types';
import { fact, unreviewedRisk } from '../risk';

// Facts below cite the vendor page that states them; the rest stay 'unknown' until reviewed.
const policy = 'https://x.ai/legal';

/** Grok (xAI): chat assistant. */
export const grok = {
  id: 'grok',
  name: 'Grok',
  vendor: 'xAI',
  category: 'chat_assistant',
  hosts: ['grok.com', 'grok.x.com'],
  apiHosts: [],
  relatedHosts: ['x.ai'],
  webPaths: ['x.com/i/grok'],
  sources: ['v2fly/domain-list-community data/xai', 'https://x.ai/legal'],
  risk: {
    ...unreviewedRisk(policy, '2026-11'),
    trainsOnInputsByDefault: fact(true, 'https://x.ai/legal/privacy-policy', '2025-06'),
  },
} as const satisfies AiApp;
