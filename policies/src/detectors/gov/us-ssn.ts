import { digitsOf } from '../checksums';
import type { Detector } from '../types';

// SSA rules: area 001-665 or 667-899 (900+ are ITINs), group 01-99, serial 0001-9999; plus the
// numbers published in advertising (Woolworth's wallet card 078-05-1120) and 123-45-6789.
const PUBLISHED = new Set(['078051120', '219099999', '123456789']);

export function validSsn(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 9 || PUBLISHED.has(d) || /^(\d)\1{8}$/.test(d)) return false;
  const area = Number(d.slice(0, 3));
  if (area === 0 || area === 666 || area >= 900) return false;
  return d.slice(3, 5) !== '00' && d.slice(5) !== '0000';
}

export const usSsn: Detector = {
  id: 'gov/us-ssn',
  entity: 'US_SSN',
  label: { one: 'a US Social Security number', many: 'US Social Security numbers' },
  patterns: [
    // Same separator twice: 078-05-1120, 078 05 1120, 078.05.1120.
    { name: 'ssn-delimited', regex: /(?<![\d.-])\d{3}([- .])\d{2}\1\d{4}(?![\d]|[.-]\d)/g, score: 0.6 },
    // Odd groupings and bare digits: weak on their own, real with a label nearby.
    { name: 'ssn-odd-groups', regex: /(?<![\d.-])(?:\d{3}-\d{6}|\d{5}-\d{4})(?![\d]|[.-]\d)/g, score: 0.1, contextScore: 0.6 },
    { name: 'ssn-digits', regex: /(?<![\d.-])\d{9}(?![\d]|[.-]\d)/g, score: 0.05, contextScore: 0.6 },
  ],
  validate: validSsn,
  context: ['ssn', 'social security', 'social sec', 'ss#', 'ss #', 'sozialversicherungsnummer', 'sécurité sociale', 'seguro social', 'seguridad social'],
};
