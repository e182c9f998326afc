import type { Detector } from '../types';

// Nine digits (older books) or a letter and eight digits (next generation). Both shapes are common
// in other numbers, so the score stays low unless the text talks about passports.
export const usPassport: Detector = {
  id: 'gov/us-passport',
  entity: 'US_PASSPORT',
  label: { one: 'a passport number', many: 'passport numbers' },
  patterns: [
    { name: 'passport-digits', regex: /(?<![\w.-])\d{9}(?![\w]|[.-]\d)/g, score: 0.05, contextScore: 0.65 },
    { name: 'passport-next-gen', regex: /(?<![\w.-])[A-Z]\d{8}(?![\w]|[.-]\d)/g, score: 0.1, contextScore: 0.7 },
  ],
  context: ['passport', 'travel document', 'reisepass', 'pass-nr', 'passeport', 'pasaporte'],
};
