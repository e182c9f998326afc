import { deaChecksum } from '../checksums';
import type { Detector } from '../types';

// Registrant type letter, then the registrant's last-name initial (or 9), seven digits with a check digit.
export const dea: Detector = {
  id: 'health/dea',
  entity: 'US_DEA',
  label: { one: 'a DEA registration number', many: 'DEA registration numbers' },
  patterns: [{ name: 'dea', regex: /\b[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}\b/g, score: 0.5, contextScore: 0.9 }],
  validate: deaChecksum,
  context: ['dea', 'prescriber', 'controlled substance', 'registration', 'prescription', 'rx'],
};
