import { secretDetector } from './define';

// gitleaks `scalingo-api-token`: "tk-us-" + 48 characters.
export const scalingoToken = secretDetector({
  id: 'secrets/scalingo-token',
  label: { one: 'a Scalingo token', many: 'Scalingo tokens' },
  keywords: ['tk-us-'],
  patterns: [{ name: 'scalingo-token', regex: /(?<![\w-])tk-us-[\w-]{48}(?![\w-])/g, score: 0.9 }],
  minEntropy: 2,
});
