import { digitsOf, nhsMod11 } from '../checksums';
import type { Detector } from '../types';

// Ten digits, usually 3-3-4, with a mod-11 check digit. US phone numbers share the 3-3-4 shape, so
// the score stays under a valid phone number's unless the text mentions the NHS.
export const ukNhs: Detector = {
  id: 'gov/uk-nhs',
  entity: 'UK_NHS',
  label: { one: 'an NHS number', many: 'NHS numbers' },
  patterns: [{ name: 'nhs', regex: /(?<![\d.-])\d{3}([- ]?)\d{3}\1\d{4}(?![\d]|[.-]\d)/g, score: 0.4, contextScore: 0.8 }],
  validate: (m) => nhsMod11(digitsOf(m)),
  context: ['nhs', 'national health', 'health service', 'patient', 'chi number', 'gp'],
};
