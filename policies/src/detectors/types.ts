// The vocabulary every detector speaks. Entity names follow Presidio's where Presidio has one,
// so `--format presidio` and the gateway's /presidio endpoints need no translation table.

export const ENTITY_TYPES = [
  'PERSON', 'LOCATION', 'ORGANIZATION', 'EMAIL_ADDRESS', 'PHONE_NUMBER', 'CREDIT_CARD', 'US_SSN',
  'IBAN_CODE', 'US_BANK_NUMBER', 'ABA_ROUTING_NUMBER', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE',
  'UK_NINO', 'UK_NHS', 'IP_ADDRESS', 'MAC_ADDRESS', 'CRYPTO', 'DATE_OF_BIRTH', 'URL', 'STREET_ADDRESS',
  'MEDICAL_RECORD_NUMBER', 'US_NPI', 'US_DEA', 'ICD10_CODE', 'INTERNAL_HOSTNAME', 'SECRET',
  // Appended (never reorder or remove: stored events and policies name these).
  'UK_POSTCODE',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Finding {
  entity: EntityType;
  start: number; // UTF-16 offset, inclusive
  end: number; // exclusive
  score: number; // 0..1
  detector: string; // detector id, e.g. 'pii/email' or 'secrets/aws-access-key'
}

export interface DetectorPattern {
  name: string;
  /**
   * Must be global ('g') and linear-time on adversarial input (bound every repetition).
   * With the 'd' flag and a capture group 1, the finding covers group 1 only (the value after a label).
   */
  regex: RegExp;
  score: number;
  /** Score when context words are near; defaults to score + the engine's context boost. */
  contextScore?: number;
  /**
   * A cheap necessary condition for any match (a pre-filter, never a filter): when it returns false
   * the regex cannot match anywhere, and its scan of the whole text is skipped.
   */
  gate?: (text: string) => boolean;
  /**
   * The regex's matches found a faster way (e.g. only where a capital starts); must give exactly
   * what text.matchAll(regex) gives.
   */
  matches?: (text: string) => Iterable<RegExpMatchArray>;
}

/** A span a custom finder proposes; the engine adds validation, context and bookkeeping. */
export interface Candidate {
  start: number;
  end: number;
  score: number;
  contextScore?: number;
}

export interface Detector {
  id: string; // '<family>/<name>'
  entity: EntityType;
  /** Human words used in the overlay: "an AWS key", "2 customer emails". */
  label: { one: string; many: string };
  patterns: readonly DetectorPattern[];
  /** For what a regex cannot express (phone numbers, name lexicons): proposes candidates itself. */
  find?: (text: string, lower: string) => Candidate[];
  /** Words that raise the score when they appear near a match (any language), lower-case. */
  context?: readonly string[];
  /** Cheap pre-filter: skip the detector when none of these substrings occur (lower-cased). */
  keywords?: readonly string[];
  /** Checksum or structure check; returning false drops the match, a number replaces the score. */
  validate?: (match: string) => boolean | number;
  /** Score below which the match is only kept when context words are present. */
  minScoreWithoutContext?: number;
}
