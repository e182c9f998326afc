import { classify } from '../../classify';
import type { EntityType } from '../types';
import { countTokens, scoreCounts, type EntityCounts, type EntityScore, type LabelledSpan } from './token-metrics';

// presidio-research's generated samples and how our entity names map onto its labels.
export interface GeneratedSample {
  full_text: string;
  spans: { entity_type: string; start_position: number; end_position: number }[];
}

export const OURS_TO_THEIRS: Partial<Record<EntityType, string>> = {
  PERSON: 'PERSON', LOCATION: 'LOCATION', ORGANIZATION: 'ORGANIZATION', EMAIL_ADDRESS: 'EMAIL_ADDRESS', PHONE_NUMBER: 'PHONE_NUMBER',
  CREDIT_CARD: 'CREDIT_CARD', US_SSN: 'US_SSN', IBAN_CODE: 'IBAN_CODE', IP_ADDRESS: 'IP_ADDRESS', US_DRIVER_LICENSE: 'US_DRIVER_LICENSE',
  STREET_ADDRESS: 'ADDRESS', URL: 'DOMAIN_NAME', INTERNAL_HOSTNAME: 'DOMAIN_NAME', DATE_OF_BIRTH: 'DATE_TIME',
};

/** Labels they annotate that we deliberately do not detect (job titles, any date). */
export const UNSUPPORTED_LABELS = new Set(['TITLE']);

export function evaluateGenerated(samples: readonly GeneratedSample[], minScore = 0.5): Map<string, EntityScore> {
  const acc = new Map<string, EntityCounts>();
  for (const s of samples) {
    const gold: LabelledSpan[] = s.spans
      .filter((x) => !UNSUPPORTED_LABELS.has(x.entity_type))
      .map((x) => ({ label: x.entity_type, start: x.start_position, end: x.end_position }));
    const predicted: LabelledSpan[] = [];
    for (const f of classify(s.full_text, { minScore }).findings) {
      const label = OURS_TO_THEIRS[f.entity];
      if (label) predicted.push({ label, start: f.start, end: f.end });
    }
    countTokens(s.full_text, gold, predicted, acc);
  }
  return new Map([...acc].sort(([a], [b]) => a.localeCompare(b)).map(([k, c]) => [k, scoreCounts(c)]));
}
