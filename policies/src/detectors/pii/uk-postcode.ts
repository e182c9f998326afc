import type { Detector } from '../types';

// Royal Mail format: outward code (area letters never Q V X first; fixed letter sets in the third
// and fourth positions) and inward code (digit + two letters, never C I K M O V), or GIR 0AA.
// Short enough to collide with part numbers, so the score stays low without address words.
export const ukPostcode: Detector = {
  id: 'pii/uk-postcode',
  entity: 'UK_POSTCODE',
  label: { one: 'a UK postcode', many: 'UK postcodes' },
  patterns: [
    {
      name: 'uk-postcode',
      regex: /\b(?:GIR ?0AA|[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRVWXY]) ?\d[ABD-HJLNP-UW-Z]{2})\b/g,
      score: 0.3,
      contextScore: 0.7,
    },
  ],
  context: ['postcode', 'post code', 'postal code', 'address', 'london', 'uk', 'united kingdom', 'england', 'scotland', 'wales'],
};
