import { secretDetector } from './define';

// Groq keys: "gsk_" + 52 base62 characters.
export const groqApiKey = secretDetector({
  id: 'secrets/groq-api-key',
  label: { one: 'a Groq API key', many: 'Groq API keys' },
  keywords: ['gsk_'],
  patterns: [{ name: 'groq-api-key', regex: /(?<![\w-])gsk_[A-Za-z0-9]{52}(?![\w-])/g, score: 0.95 }],
  minEntropy: 3.5,
});
