import { namedValue, secretDetector } from './define';

// A service-account key file: its private_key block is caught by secrets/private-key; this flags the
// file's tell-tales so a partial paste (no key block) still counts as credential material.
export const gcpServiceAccount = secretDetector({
  id: 'secrets/gcp-service-account',
  label: { one: 'a Google service-account key', many: 'Google service-account keys' },
  keywords: ['service_account', 'private_key_id'],
  patterns: [
    { name: 'type-service-account', regex: /"type"\s{0,3}:\s{0,3}"service_account"/g, score: 0.7 },
    { name: 'private-key-id', regex: namedValue('"private_key_id"', String.raw`[a-f0-9]{40}(?![a-f0-9])`), score: 0.9 },
  ],
});
