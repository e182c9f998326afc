import { secretDetector } from './define';

// gitleaks `infracost-api-token`: "ico-" + 32 base62, entropy ≥ 3 (".ico-<hash>" file names excluded).
export const infracostToken = secretDetector({
  id: 'secrets/infracost-token',
  label: { one: 'an Infracost API key', many: 'Infracost API keys' },
  keywords: ['ico-'],
  patterns: [{ name: 'infracost-token', regex: /(?<![\w.-])ico-[A-Za-z0-9]{32}(?![\w-])/g, score: 0.9 }],
  minEntropy: 3,
});
