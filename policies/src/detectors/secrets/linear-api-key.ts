import { secretDetector } from './define';

// gitleaks `linear-api-key`: "lin_api_" + 40 base62.
export const linearApiKey = secretDetector({
  id: 'secrets/linear-api-key',
  label: { one: 'a Linear API key', many: 'Linear API keys' },
  keywords: ['lin_api_'],
  patterns: [{ name: 'linear-api-key', regex: /(?<![\w-])lin_api_[A-Za-z0-9]{40}(?![\w-])/g, score: 0.9 }],
  minEntropy: 3,
});
