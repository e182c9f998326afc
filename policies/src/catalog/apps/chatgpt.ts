import type { AiApp } from '../types';

const terms = 'https://openai.com/policies/row-terms-of-use/';
export const chatgpt: AiApp = {
  id: 'chatgpt',
  name: 'ChatGPT',
  vendor: 'OpenAI',
  category: 'chat_assistant',
  hosts: ['chatgpt.com', 'chat.openai.com', 'sora.chatgpt.com'],
  apiHosts: [],
  risk: {
    trainsOnInputsByDefault: { value: true, source: 'https://help.openai.com/en/articles/5722486-how-your-data-is-used-to-improve-model-performance', asOf: '2025-01' },
    retentionDays: { value: 30, source: 'https://openai.com/enterprise-privacy/', asOf: '2025-01' },
    enterpriseTier: { value: true, source: 'https://openai.com/chatgpt/enterprise/', asOf: '2025-01' },
    soc2: { value: true, source: 'https://trust.openai.com/', asOf: '2025-01' },
    hipaaBaa: { value: false, source: terms, asOf: '2025-01' },
    dataResidency: { value: ['US', 'EU'], source: 'https://openai.com/index/introducing-data-residency-in-europe/', asOf: '2025-02' },
  },
};
