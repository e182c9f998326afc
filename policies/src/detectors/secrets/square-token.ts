import { secretDetector } from './define';

// gitleaks `square-access-token` (EAAA… / sq0atp-…) and `square-secret` (sq0csp- OAuth secrets).
export const squareToken = secretDetector({
  id: 'secrets/square-token',
  label: { one: 'a Square token', many: 'Square tokens' },
  keywords: ['eaaa', 'sq0atp-', 'sq0csp-'],
  patterns: [
    { name: 'access-token', regex: /(?<![\w-])(?:EAAA|sq0atp-)[\w-]{22,60}(?![\w-])/g, score: 0.9 },
    { name: 'oauth-secret', regex: /(?<![\w-])sq0csp-[\w\\-]{43}(?![\w-])/g, score: 0.95 },
  ],
  minEntropy: 2,
});
