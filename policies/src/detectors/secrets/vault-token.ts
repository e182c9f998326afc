import { hasDigit, hasUpperAndLower, secretDetector } from './define';

// gitleaks `vault-service-token` (hvs. + 90–120, legacy s. + 24) and `vault-batch-token` (hvb.).
// Legacy "s." tokens collide with code (s.AcceptanceTimeout…), so they must mix case and digits.
export const vaultToken = secretDetector({
  id: 'secrets/vault-token',
  label: { one: 'a HashiCorp Vault token', many: 'HashiCorp Vault tokens' },
  keywords: ['hvs.', 'hvb.', 's.'],
  patterns: [
    { name: 'service', regex: /(?<![\w.-])hvs\.[\w-]{90,120}(?![\w-])/g, score: 0.95 },
    { name: 'batch', regex: /(?<![\w.-])hvb\.[\w-]{138,300}(?![\w-])/g, score: 0.95 },
    { name: 'legacy-service', regex: /(?<![\w.-])s\.[A-Za-z0-9]{24}(?![\w.-])/g, score: 0.8 },
  ],
  minEntropy: 3.5,
  check: (v) => hasUpperAndLower(v) && hasDigit(v),
});
