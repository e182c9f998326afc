import { secretDetector } from './define';

// gitleaks `readme-api-token`: "rdme_" + 70 lower-case alphanumerics.
export const readmeToken = secretDetector({
  id: 'secrets/readme-token',
  label: { one: 'a ReadMe API key', many: 'ReadMe API keys' },
  keywords: ['rdme_'],
  patterns: [{ name: 'readme-token', regex: /(?<![\w-])rdme_[a-z0-9]{70}(?![\w-])/g, score: 0.9 }],
  minEntropy: 2,
});
