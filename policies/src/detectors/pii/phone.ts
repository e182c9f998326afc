import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { Candidate, Detector } from '../types';

// A bounded regex proposes candidates; numbers written with a country code are judged by
// libphonenumber-js (its 'min' metadata, ~80 KB, fits a content script). Its own text scanner is far
// too slow for long input (≈0.6 s per 100 KB) and one parse costs ~30 µs, so national US/CA numbers
// are checked by the NANP rules instead, and other national numbers are scored by shape: without a
// country code their region is a guess anyway, and the score stays under the reporting bar unless
// phone words are near.
const CANDIDATE =
  /(?<![\w+.-])(?:\+|00)?(?:\(\d{1,4}\)[ .-]?|\d{1,4}[ .-]\(\d{1,4}\)[ .-]?)?\d{1,12}(?:[ .-]{1,2}\d{1,12}){0,6}(?:[ ]?(?:x|ext\.?|#)[ ]?\d{1,6})?(?![\w@]|[.-]\d)/g;

/**
 * North American Numbering Plan by rule (no library call): NPA and exchange start 2-9, the NPA is
 * not N11 and not 37X/96X (reserved), an optional leading 1.
 */
export function validNanp(digits: string): boolean {
  const d = digits.length === 11 && digits[0] === '1' ? digits.slice(1) : digits;
  if (d.length !== 10) return false;
  if (d[0]! < '2' || d[3]! < '2') return false;
  if (d[1] === '1' && d[2] === '1') return false;
  if (d[4] === '1' && d[5] === '1') return false;
  return !/^(?:37|96)/.test(d);
}
const DATE_LIKE = /^(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})$/;
const IPV4_LIKE = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

const EXTENSION = /\s*(?:x|ext\.?|#)\s*\d{1,6}$/;

// libphonenumber costs ~10-80 µs a call: a text full of digit groups ("1 2 3 4 5 6 7 …") would
// otherwise cost seconds. Past this many calls per text, candidates are judged by shape alone.
const PARSE_BUDGET = 200;
let budget = PARSE_BUDGET;

const parsesInternational = (value: string): boolean => {
  if (budget <= 0) return false;
  budget--;
  return parsePhoneNumberFromString(value)?.isValid() ?? false;
};

function judge(raw: string): Candidate['score'] {
  const value = raw.replace(EXTENSION, '');
  const digits = value.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return 0;
  if (DATE_LIKE.test(value) || IPV4_LIKE.test(value)) return 0;
  if (/^(\d)\1+$/.test(digits)) return 0;
  // Real numbers are written in groups of 2-5 digits; many one-digit groups is a list of numbers.
  if ((value.match(/(?<!\d)\d(?!\d)/g)?.length ?? 0) > 2) return 0;
  const international = value.startsWith('+') || value.startsWith('00');
  if (international) {
    const intl = value.startsWith('00') ? `+${value.slice(2)}` : value;
    if (intl.startsWith('+1') ? validNanp(digits.slice(value.startsWith('00') ? 2 : 0)) : parsesInternational(intl)) return 0.75;
    return 0.3;
  }
  const formatted = /[ .()-]/.test(value);
  if (validNanp(digits)) return formatted ? 0.6 : 0.4;
  return formatted ? 0.2 : 0.05;
}

const push = (out: Candidate[], start: number, end: number, score: number) =>
  out.push({ start, end, score, contextScore: score >= 0.2 ? 0.7 : 0 });

/**
 * More than 15 digits is two numbers run together ("+1 415 555 0132 4111 1111 …"): take the longest
 * clearly valid prefix on group boundaries, then look at the rest the same way. At most 7 groups, so bounded.
 */
function splitRun(value: string, offset: number, out: Candidate[]): void {
  const cuts = [...value.matchAll(/[ .-]{1,2}/g)].map((m) => [m.index, m.index + m[0].length] as const);
  let from = 0;
  while (from < value.length) {
    let taken = false;
    for (let k = cuts.length - 1; k >= -1; k--) {
      const end = k >= 0 ? cuts[k]![0] : value.length;
      if (end <= from) break;
      const score = judge(value.slice(from, end));
      if (score >= 0.6) { // only numbers valid in the US plan or written with a country code
        push(out, offset + from, offset + end, score);
        const next = cuts.find(([s]) => s >= end);
        from = next ? next[1] : value.length;
        taken = true;
        break;
      }
    }
    if (!taken) {
      const next = cuts.find(([s]) => s >= from);
      if (!next) break;
      from = next[1];
    }
  }
}

function findPhones(text: string): Candidate[] {
  budget = PARSE_BUDGET;
  const out: Candidate[] = [];
  CANDIDATE.lastIndex = 0;
  for (const m of text.matchAll(CANDIDATE)) {
    if (m[0].replace(EXTENSION, '').replace(/\D/g, '').length > 15) {
      splitRun(m[0], m.index, out);
      continue;
    }
    const score = judge(m[0]);
    if (score > 0) push(out, m.index, m.index + m[0].length, score);
  }
  return out;
}

export const phone: Detector = {
  id: 'pii/phone',
  entity: 'PHONE_NUMBER',
  label: { one: 'a phone number', many: 'phone numbers' },
  patterns: [],
  find: findPhones,
  context: [
    'phone', 'tel', 'call', 'mobile', 'cell', 'fax', 'desk', 'office', 'whatsapp', 'sms', 'contact', 'reach me',
    'telefon', 'handy', 'rufnummer', 'anrufen', 'téléphone', 'portable', 'appeler', 'appelez', 'teléfono', 'móvil', 'celular', 'llamar',
  ],
};
