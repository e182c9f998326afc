import type { EntityType } from '../types';

// Presidio recognizer cases where we judge Presidio's expectation wrong, with the reason. The
// agreement floor counts these as agreed; presidio-disagreements.test.ts checks we still answer
// what we say we answer, so the list cannot go stale silently.
export interface Disagreement { entity: EntityType; text: string; ours: [number, number][]; reason: string }

export const PRESIDIO_DISAGREEMENTS: readonly Disagreement[] = [
  {
    entity: 'IP_ADDRESS',
    text: '192.168.1.1.1',
    ours: [],
    reason: 'five dotted numbers are a version string or an OID, not an IPv4 address with a trailing ".1"',
  },
  {
    entity: 'UK_NINO',
    text: 'Here is my National Insurance Number YZ 61 48 68 B',
    ours: [[37, 50]],
    reason: "Presidio's expected span [36, 50] starts with the space before the number; the number itself starts at 37",
  },
  {
    entity: 'URL',
    text: '"https://presidio.dataprivacystack.org/"',
    ours: [[1, 39]],
    reason: 'the surrounding double quotes are not part of the URL; redacting them would eat the punctuation',
  },
  {
    entity: 'URL',
    text: "'https://presidio.dataprivacystack.org/'",
    ours: [[1, 39]],
    reason: 'the surrounding single quotes are not part of the URL',
  },
];
