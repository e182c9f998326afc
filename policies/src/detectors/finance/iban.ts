import { ibanMod97 } from '../checksums';
import type { Candidate, Detector } from '../types';

// IBAN length per country (SWIFT IBAN registry, plus the partner countries Presidio also accepts).
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28,
  CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23,
  GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28,
  LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28,
  NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24, SC: 31, SD: 18, SE: 24,
  SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
  AO: 25, BF: 28, BJ: 28, CF: 27, CG: 27, CI: 28, CM: 27, CV: 25, DZ: 26, GA: 27, GQ: 27, GW: 25, IR: 26, KM: 27, MA: 28,
  MG: 27, ML: 28, MZ: 25, NE: 28, SN: 28, TD: 27, TG: 28,
};

// Country + check digits, then alphanumerics in groups separated by at most one space or dash.
const CANDIDATE = /\b[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){8,32}/g;

/** Takes exactly the country's length of alphanumerics; the IBAN must end on a group boundary. */
function findIbans(text: string): Candidate[] {
  const out: Candidate[] = [];
  CANDIDATE.lastIndex = 0;
  for (const m of text.matchAll(CANDIDATE)) {
    const s = m[0];
    const len = IBAN_LENGTHS[s.slice(0, 2)];
    if (!len) continue;
    let count = 0;
    let i = 0;
    let compact = '';
    for (; i < s.length && count < len; i++) {
      const c = s[i]!;
      if (c !== ' ' && c !== '-') {
        compact += c;
        count++;
      }
    }
    if (count < len) continue;
    const next = text[m.index + i];
    if (next !== undefined && /[A-Za-z0-9]/.test(next)) continue;
    if (!ibanMod97(compact)) continue;
    out.push({ start: m.index, end: m.index + i, score: 0.9 });
  }
  return out;
}

export const iban: Detector = {
  id: 'finance/iban',
  entity: 'IBAN_CODE',
  label: { one: 'a bank account number (IBAN)', many: 'bank account numbers (IBAN)' },
  patterns: [],
  find: findIbans,
  context: ['iban', 'bank', 'account', 'konto', 'überweisung', 'compte', 'virement', 'cuenta', 'transferencia', 'bic', 'swift'],
};
