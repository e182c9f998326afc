import type { Detector } from '../types';

// Facts from gitleaks' `aws-access-token` rule (prefixes of AWS access key ids); our own code.
export const awsAccessKey: Detector = {
  id: 'secrets/aws-access-key',
  entity: 'SECRET',
  label: { one: 'an AWS key', many: 'AWS keys' },
  keywords: ['a3t', 'akia', 'asia', 'abia', 'acca'],
  patterns: [{ name: 'aws-key-id', regex: /\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b/g, score: 0.95 }],
  context: ['aws', 'access key', 'secret'],
};
