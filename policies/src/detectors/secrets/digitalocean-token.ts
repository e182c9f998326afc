import { secretDetector } from './define';

// gitleaks `digitalocean-access-token`, `-pat`, `-refresh-token`: do[opr]_v1_ + 64 hex.
export const digitaloceanToken = secretDetector({
  id: 'secrets/digitalocean-token',
  label: { one: 'a DigitalOcean token', many: 'DigitalOcean tokens' },
  keywords: ['doo_v1_', 'dop_v1_', 'dor_v1_'],
  patterns: [{ name: 'digitalocean-token', regex: /(?<![\w-])do[opr]_v1_[a-f0-9]{64}(?![\w-])/g, score: 0.95 }],
  minEntropy: 3,
});
