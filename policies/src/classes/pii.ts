import type { EntityType } from '../detectors/types';
import type { ClassInput } from './input';
import type { DataClassResult } from './types';

// Entities that identify or describe a person. Network identifiers (IP, MAC, URL, hostnames) and
// secrets are reported as entities but do not make text "personal data" on their own.
export const PERSONAL_ENTITIES: ReadonlySet<EntityType> = new Set([
  'PERSON', 'EMAIL_ADDRESS', 'PHONE_NUMBER', 'CREDIT_CARD', 'US_SSN', 'IBAN_CODE', 'US_BANK_NUMBER', 'US_ITIN', 'US_PASSPORT',
  'US_DRIVER_LICENSE', 'UK_NINO', 'UK_NHS', 'DATE_OF_BIRTH', 'STREET_ADDRESS', 'UK_POSTCODE', 'MEDICAL_RECORD_NUMBER', 'CRYPTO',
]);

export function scorePii(input: ClassInput): DataClassResult | null {
  const kinds = (Object.entries(input.counts) as [EntityType, number][]).filter(([e]) => PERSONAL_ENTITIES.has(e));
  if (kinds.length === 0) return null;
  const total = kinds.reduce((n, [, c]) => n + c, 0);
  const score = Math.min(1, 0.5 + 0.1 * (kinds.length - 1) + 0.05 * (total - 1));
  return {
    class: 'pii',
    score: Math.round(score * 100) / 100,
    evidence: kinds.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([e, c]) => `findings:${c} ${e}`),
  };
}
