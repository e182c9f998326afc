import { secretDetector } from './define';

// Replicate tokens: "r8_" + 37 base62 characters.
export const replicateApiToken = secretDetector({
  id: 'secrets/replicate-api-token',
  label: { one: 'a Replicate API token', many: 'Replicate API tokens' },
  keywords: ['r8_'],
  patterns: [{ name: 'replicate-api-token', regex: /(?<![\w-])r8_[A-Za-z0-9]{37}(?![\w-])/g, score: 0.9 }],
  minEntropy: 3.5,
});
