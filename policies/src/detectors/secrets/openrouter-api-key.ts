import { secretDetector } from './define';

// OpenRouter keys: "sk-or-v1-" + 64 hex.
export const openrouterApiKey = secretDetector({
  id: 'secrets/openrouter-api-key',
  label: { one: 'an OpenRouter API key', many: 'OpenRouter API keys' },
  keywords: ['sk-or-v1-'],
  patterns: [{ name: 'openrouter-api-key', regex: /(?<![\w-])sk-or-v1-[a-f0-9]{64}(?![\w-])/g, score: 0.95 }],
  minEntropy: 3,
});
