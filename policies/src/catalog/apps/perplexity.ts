import type { AiApp } from '../types';
import { fact, unreviewedRisk } from '../risk';

// Facts below cite the vendor page that states them; the rest stay 'unknown' until reviewed.
const policy = 'https://www.perplexity.ai/hub/legal/privacy-policy';

/** Perplexity (Perplexity AI): chat assistant. */
export const perplexity = {
  id: 'perplexity',
  name: 'Perplexity',
  vendor: 'Perplexity AI',
  category: 'chat_assistant',
  hosts: ['perplexity.ai', 'perplexity.com', 'pplx.ai'],
  apiHosts: [],
  relatedHosts: ['ppl-ai-file-upload.s3.amazonaws.com', 'pplx-res.cloudinary.com'],
  sources: ['v2fly/domain-list-community data/perplexity', 'awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.perplexity.ai/hub/legal/privacy-policy'],
  risk: {
    ...unreviewedRisk(policy, '2026-11'),
    trainsOnInputsByDefault: fact(true, 'https://www.perplexity.ai/hub/legal/privacy-policy', '2025-06'),
    enterpriseTier: fact(true, 'https://www.perplexity.ai/enterprise', '2025-06'),
    soc2: fact(true, 'https://trust.perplexity.ai/', '2025-06'),
  },
} as const satisfies AiApp;
