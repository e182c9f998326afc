import type { EntityType, Finding } from '../detectors/types';
import type { DataClassResult, Severity } from './types';

// Why these levels (the default policy coaches at medium and redirects at high):
// - critical: a credential. One leaked key is a breach whatever the app; policy blocks it everywhere.
// - high: an identifier that alone enables fraud or identity theft or is regulated on its own (card,
//   SSN, IBAN/account, passport, licence, national insurance, NHS/medical record number); a customer
//   list; health data tied to a person (PHI); strong legal-privilege or MNPI/M&A signals; HR records
//   about a named person. These go to the company assistant, which scrubs them first.
// - medium: an identifiable person with a way to reach them (name + email/phone/address/birth date),
//   several contact details, or any confidential class (legal, financial, health, HR) without the
//   stronger signals. Worth a coaching note; the user may go on.
// - low: a lone email, phone, name, IP, internal hostname, or source code — ordinary work content.
// - none: nothing, or only public links.
export const HIGH_RISK_IDS: ReadonlySet<EntityType> = new Set([
  'CREDIT_CARD', 'US_SSN', 'IBAN_CODE', 'US_BANK_NUMBER', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'UK_NINO', 'UK_NHS',
  'MEDICAL_RECORD_NUMBER',
]);
const CONTACT: ReadonlySet<EntityType> = new Set(['EMAIL_ADDRESS', 'PHONE_NUMBER', 'STREET_ADDRESS', 'DATE_OF_BIRTH']);
const IDENTITY: ReadonlySet<EntityType> = new Set(['PERSON', 'EMAIL_ADDRESS', 'DATE_OF_BIRTH', ...HIGH_RISK_IDS]);
const NOT_SENSITIVE: ReadonlySet<EntityType> = new Set(['URL']);
/** Class score at which legal/financial content with privilege / MNPI terms counts as high. */
export const STRONG_CLASS_SCORE = 0.6;
/** Class score at which a keyword class is reported at all. */
export const CLASS_THRESHOLD = 0.5;

export function severityOf(findings: readonly Finding[], classes: readonly DataClassResult[]): Severity {
  const has = (c: DataClassResult['class'], min = CLASS_THRESHOLD) => classes.some((x) => x.class === c && x.score >= min);
  const ents = new Set(findings.map((f) => f.entity));
  const any = (set: ReadonlySet<EntityType>) => [...ents].some((e) => set.has(e));
  if (has('credentials', 0)) return 'critical';
  if (any(HIGH_RISK_IDS) || has('customer_records')) return 'high';
  if (has('health') && any(IDENTITY)) return 'high';
  if (has('hr') && ents.has('PERSON') && has('hr', 0.6)) return 'high';
  const strong = (c: 'legal' | 'financial', detail: string) => classes.some((x) => x.class === c && x.detail === detail && x.score >= STRONG_CLASS_SCORE);
  if (strong('legal', 'privileged') || strong('financial', 'mnpi')) return 'high';
  const contacts = findings.filter((f) => CONTACT.has(f.entity)).length;
  if ((ents.has('PERSON') && any(CONTACT)) || contacts >= 3 || ents.has('DATE_OF_BIRTH')) return 'medium';
  if (has('legal') || has('financial') || has('health') || has('hr')) return 'medium';
  if (ents.has('US_NPI') || ents.has('US_DEA') || ents.has('ICD10_CODE') || ents.has('CRYPTO')) return 'medium';
  if ([...ents].some((e) => !NOT_SENSITIVE.has(e)) || has('source_code')) return 'low';
  return 'none';
}
