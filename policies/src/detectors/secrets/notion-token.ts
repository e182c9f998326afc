import { secretDetector } from './define';

// gitleaks `notion-api-token`: "ntn_" + 11 digits + 35 base62, entropy ≥ 4.
export const notionToken = secretDetector({
  id: 'secrets/notion-token',
  label: { one: 'a Notion token', many: 'Notion tokens' },
  keywords: ['ntn_'],
  patterns: [{ name: 'notion-token', regex: /(?<![\w-])ntn_\d{11}[A-Za-z0-9]{35}(?![\w-])/g, score: 0.9 }],
  minEntropy: 4,
});
