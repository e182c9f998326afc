import { secretDetector } from './define';

// gitleaks `postman-api-token`: PMAK- + 24 hex + "-" + 34 hex.
export const postmanApiKey = secretDetector({
  id: 'secrets/postman-api-key',
  label: { one: 'a Postman API key', many: 'Postman API keys' },
  keywords: ['pmak-'],
  patterns: [{ name: 'postman-api-key', regex: /(?<![\w-])PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34}(?![\w-])/g, score: 0.95 }],
  minEntropy: 3,
});
