import type { Detector } from '../types';

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre';

// A date is only a date of birth when the text says so: every pattern needs a birth word nearby.
export const dateOfBirth: Detector = {
  id: 'pii/date-of-birth',
  entity: 'DATE_OF_BIRTH',
  label: { one: 'a date of birth', many: 'dates of birth' },
  patterns: [
    { name: 'numeric-date', regex: /(?<![\d./-])(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2})(?![\d]|[./-]\d)/g, score: 0.2, contextScore: 0.75 },
    { name: 'written-date', regex: new RegExp(`\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\.?\\s{1,3}(?:de\\s)?(?:${MONTHS})\\.?,?(?:\\s{1,3}de)?\\s{1,3}(?:19|20)\\d{2}|(?:${MONTHS})\\.?\\s{1,3}\\d{1,2}(?:st|nd|rd|th)?,?\\s{1,3}(?:19|20)\\d{2})\\b`, 'gi'), score: 0.2, contextScore: 0.75 },
  ],
  minScoreWithoutContext: 0.5,
  context: [
    'born', 'birth', 'dob', 'd.o.b', 'birthday', 'date of birth', 'geboren', 'geburtsdatum', 'geburtstag', 'né le', 'née le', 'naissance',
    'nacido', 'nacida', 'nacimiento', 'cumpleaños',
  ],
};
