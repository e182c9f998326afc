import { secretDetector } from './define';

// xAI (Grok) keys: "xai-" + 80 base62 characters.
export const xaiApiKey = secretDetector({
  id: 'secrets/xai-api-key',
  label: { one: 'an xAI API key', many: 'xAI API keys' },
  keywords: ['xai-'],
  patterns: [{ name: 'xai-api-key', regex: /(?<![\w-])xai-[A-Za-z0-9]{80}(?![\w-])/g, score: 0.95 }],
  minEntropy: 4,
});
