import { secretDetector } from './define';

// gitleaks `prefect-api-token`: "pnu_" + 36 base62.
export const prefectToken = secretDetector({
  id: 'secrets/prefect-token',
  label: { one: 'a Prefect API key', many: 'Prefect API keys' },
  keywords: ['pnu_'],
  patterns: [{ name: 'prefect-token', regex: /(?<![\w-])pnu_[A-Za-z0-9]{36}(?![\w-])/g, score: 0.9 }],
  minEntropy: 2,
});
