import type { Detector } from '../types';

// HMRC: first letter not D F I Q U V, second not D F I O Q U V; BG GB KN NK NT TN ZZ never issued;
// suffix A-D.
const NOT_ISSUED = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

export const ukNino: Detector = {
  id: 'gov/uk-nino',
  entity: 'UK_NINO',
  label: { one: 'a UK National Insurance number', many: 'UK National Insurance numbers' },
  patterns: [
    {
      name: 'nino',
      regex: /\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/gi,
      score: 0.5,
    },
  ],
  validate: (m) => !NOT_ISSUED.has(m.slice(0, 2).toUpperCase()),
  context: ['national insurance', 'nino', 'ni number', 'ni no', 'insurance number'],
};
