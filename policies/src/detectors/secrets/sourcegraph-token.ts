import { namedValue, secretDetector } from './define';

// gitleaks `sourcegraph-access-token`: sgp_[16 hex|local]_ + 40 hex, sgp_ + 40 hex, or 40 hex
// named sourcegraph (bare 40-hex strings are mostly commit hashes, so the name is required).
export const sourcegraphToken = secretDetector({
  id: 'secrets/sourcegraph-token',
  label: { one: 'a Sourcegraph token', many: 'Sourcegraph tokens' },
  keywords: ['sgp_', 'sourcegraph'],
  patterns: [
    { name: 'sgp', regex: /(?<![\w-])sgp_(?:(?:[a-fA-F0-9]{16}|local)_)?[a-fA-F0-9]{40}(?![\w-])/g, score: 0.9 },
    { name: 'named-hex', regex: namedValue('sourcegraph', String.raw`[a-fA-F0-9]{40}(?![\w-])`, 'i'), score: 0.85 },
  ],
  minEntropy: 3,
});
