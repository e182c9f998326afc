import { npiChecksum } from '../checksums';
import type { Detector } from '../types';

export const npi: Detector = {
  id: 'health/npi',
  entity: 'US_NPI',
  label: { one: 'a provider id (NPI)', many: 'provider ids (NPI)' },
  // One ten-digit number in ten passes the check, so the score is low without a provider word.
  patterns: [{ name: 'npi', regex: /(?<![\d.-])[12]\d{9}(?![\d]|[.-]\d)/g, score: 0.3, contextScore: 0.85 }],
  validate: npiChecksum,
  context: ['npi', 'national provider', 'provider id', 'prescriber', 'physician', 'provider number'],
};
