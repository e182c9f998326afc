import type { AiApp } from '../types';
import { fact, unreviewedRisk } from '../risk';

// Facts below cite the vendor page that states them; the rest stay 'unknown' until reviewed.
const policy = 'https://openai.com/policies/';

/** ChatGPT (OpenAI): chat assistant. */
export const chatgpt = {
  id: 'chatgpt',
  name: 'ChatGPT',
  vendor: 'OpenAI',
  category: 'chat_assistant',
  hosts: ['chatgpt.com', 'chat.openai.com', 'chat.com', 'chatgpt.site'],
  apiHosts: [],
  relatedHosts: ['openai.com', 'oaistatic.com', 'oaiusercontent.com', 'oaistatsig.com', 'openai.com.cdn.cloudflare.net', 'openaiapi-site.azureedge.net', 'openaiassets.blob.core.windows.net', 'openaicom-api-bdcpf8c6d2e9atf6.z01.azurefd.net', 'openaicom.imgix.net', 'openaicomproductionae4b.blob.core.windows.net', 'production-openaicom-storage.azureedge.net', 'chatgpt.livekit.cloud', 'o33249.ingest.sentry.io', 'openai.qualtrics.com', 'crixet.com'],
  hostPatterns: [{ glob: 'chatgpt-async-webps-prod-*.webpubsub.azure.com', kind: 'related' }],
  sources: ['v2fly/domain-list-community data/openai', 'awesome-ai-tools links', 'awesome-generative-ai links', 'https://openai.com/policies/'],
  risk: {
    ...unreviewedRisk(policy, '2026-11'),
    trainsOnInputsByDefault: fact(true, 'https://help.openai.com/en/articles/5722486-how-your-data-is-used-to-improve-model-performance', '2025-01'),
    retentionDays: fact(30, 'https://openai.com/enterprise-privacy/', '2025-01'),
    enterpriseTier: fact(true, 'https://openai.com/chatgpt/enterprise/', '2025-01'),
    soc2: fact(true, 'https://trust.openai.com/', '2025-01'),
    hipaaBaa: fact(false, 'https://openai.com/policies/row-terms-of-use/', '2025-01'),
    dataResidency: fact(['US', 'EU'], 'https://openai.com/index/introducing-data-residency-in-europe/', '2025-02'),
    breachHistory: fact(['2023-03: Redis client bug showed other users\' chat titles and partial payment data'], 'https://openai.com/index/march-20-chatgpt-outage/', '2023-03'),
  },
} as const satisfies AiApp;
