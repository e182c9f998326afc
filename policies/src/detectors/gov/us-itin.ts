import { digitsOf } from '../checksums';
import type { Detector } from '../types';

// IRS: 9XX-GG-XXXX with the group in 50-65, 70-88, 90-92 or 94-99.
export function validItin(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 9 || d[0] !== '9') return false;
  const g = Number(d.slice(3, 5));
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}

export const usItin: Detector = {
  id: 'gov/us-itin',
  entity: 'US_ITIN',
  label: { one: 'a US taxpayer id (ITIN)', many: 'US taxpayer ids (ITIN)' },
  patterns: [
    { name: 'itin-delimited', regex: /(?<![\d.-])9\d{2}([- ])\d{2}\1\d{4}(?![\d]|[.-]\d)/g, score: 0.5 },
    { name: 'itin-odd-groups', regex: /(?<![\d.-])(?:9\d{2}-\d{6}|9\d{4}-\d{4})(?![\d]|[.-]\d)/g, score: 0.3, contextScore: 0.7 },
    { name: 'itin-digits', regex: /(?<![\d.-])9\d{8}(?![\d]|[.-]\d)/g, score: 0.3, contextScore: 0.7 },
  ],
  validate: validItin,
  context: ['itin', 'taxpayer', 'tax id', 'tax identification', 'tin', 'steuer', 'fiscal', 'contribuable', 'contribuyente'],
};
