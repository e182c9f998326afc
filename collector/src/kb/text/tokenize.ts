import { stem } from './porter-stemmer';

// A short English stop list (SMART-derived core): dropping these shrinks postings and stops
// "what/are/the" from dominating short questions.
const STOPWORDS = new Set(
  ('a about above after again against all am an and any are as at be because been before being below between both ' +
    'but by can could did do does doing down during each few for from further had has have having he her here hers ' +
    'herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on ' +
    'once only or other our ours ourselves out over own same she should so some such than that the their theirs ' +
    'them themselves then there these they this those through to too under until up very was we were what when ' +
    'where which while who whom why will with would you your yours yourself yourselves also may must shall upon ' +
    'been whether within without obtained found given using used use').split(' '),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export interface Token {
  term: string;
  start: number;
  end: number;
}

/** Lower-cased, stop words removed, Porter-stemmed terms. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const w = m[0].replace(/['’].*$/, '');
    if (w.length < 2 || STOPWORDS.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

/** Approximate model tokens (≈ 0.75 words per token for English): used for chunk size bounds only. */
export function approxTokens(text: string): number {
  let words = 0;
  for (const _ of text.matchAll(/\S+/g)) words++;
  return Math.ceil(words * 1.33);
}
