import { abaChecksum, digitsOf } from '../checksums';
import type { Detector } from '../types';

// Federal Reserve prefixes 00-12 (banks), 21-32 (thrifts), 61-72 (electronic), 80 (traveller's
// cheques), then the 3-7-1 checksum. One random 9-digit number in ~25 passes both, hence a low score
// unless routing words are near.
export function validAba(value: string): boolean {
  const d = digitsOf(value);
  if (!abaChecksum(d) || /^(\d)\1{8}$/.test(d)) return false;
  const p = Number(d.slice(0, 2));
  return p <= 12 || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p === 80;
}

export const abaRouting: Detector = {
  id: 'finance/aba-routing',
  entity: 'ABA_ROUTING_NUMBER',
  label: { one: 'a bank routing number', many: 'bank routing numbers' },
  patterns: [
    { name: 'aba-digits', regex: /(?<![\d.-])\d{9}(?![\d]|[.-]\d)/g, score: 0.3, contextScore: 0.85 },
    { name: 'aba-grouped', regex: /(?<![\d.-])\d{4}-\d{4}-\d(?![\d]|[.-]\d)/g, score: 0.3, contextScore: 0.85 },
  ],
  validate: validAba,
  context: ['routing', 'aba', 'rtn', 'transit', 'wire', 'ach', 'bank'], // word starts: 'ach' is not in 'each'
};
