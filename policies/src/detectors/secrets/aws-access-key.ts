import { secretDetector } from './define';

// Facts from gitleaks' `aws-access-token` rule (prefixes of AWS access key ids, entropy ≥ 3); our own code.
export const awsAccessKey = secretDetector({
  id: 'secrets/aws-access-key',
  label: { one: 'an AWS key', many: 'AWS keys' },
  keywords: ['a3t', 'akia', 'asia', 'abia', 'acca'],
  patterns: [{ name: 'aws-key-id', regex: /\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b/g, score: 0.95 }],
  context: ['aws', 'access key', 'secret'],
  minEntropy: 3,
});
