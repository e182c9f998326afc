import { digitsOf, luhn } from '../checksums';
import type { Candidate, Detector } from '../types';

// Issuer (IIN) prefixes and lengths: Visa, Mastercard (51-55, 2221-2720), Amex, Diners, JCB,
// Discover, UnionPay, Maestro, UATP. A Luhn pass alone is one random number in ten; the IIN
// table removes most of the rest.
function issuerAccepts(d: string): boolean {
  const n = d.length;
  const p2 = Number(d.slice(0, 2));
  const p3 = Number(d.slice(0, 3));
  const p4 = Number(d.slice(0, 4));
  const p6 = Number(d.slice(0, 6));
  if (d[0] === '4') return n === 13 || n === 16 || n === 19;
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return n === 16;
  if (p2 === 34 || p2 === 37) return n === 15;
  if ((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39) return n >= 14 && n <= 16;
  if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19;
  if (p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925)) return n >= 16 && n <= 19;
  if (p2 === 62) return n >= 16 && n <= 19;
  if (p2 === 50 || (p2 >= 56 && p2 <= 69)) return n >= 12 && n <= 19; // Maestro
  if (d[0] === '1') return n === 15; // UATP
  return false;
}

export function validCardNumber(value: string): boolean {
  if (/[ -].*[^ -\d]/.test(value)) return false;
  const d = digitsOf(value);
  if (d.length < 12 || d.length > 19 || /^(\d)\1+$/.test(d)) return false;
  return issuerAccepts(d) && luhn(d);
}

// Digit groups joined by exactly one space or dash. Every start group is tried, so a card right
// after another number ("ref 0132 4111 1111 1111 1111") is still found; each start looks at ≤19
// digits, so the scan stays linear.
const GROUP = /\d+/g;

function findCards(text: string): Candidate[] {
  const groups: { s: number; e: number }[] = [];
  GROUP.lastIndex = 0;
  for (const m of text.matchAll(GROUP)) groups.push({ s: m.index, e: m.index + m[0].length });
  const out: Candidate[] = [];
  for (let i = 0; i < groups.length; i++) {
    const first = groups[i]!;
    const lead = text[first.s]!;
    if (lead === '0' || lead === '7' || lead === '8' || lead === '9') continue; // no issuer starts so
    const before = text[first.s - 1];
    if (before === '.' || (before === '-' && /\d/.test(text[first.s - 2] ?? ''))) continue;
    let digits = 0;
    let best = -1;
    let sep = '';
    for (let j = i; j < groups.length; j++) {
      const g = groups[j]!;
      // Cards are written in groups of 3-6 digits (4-4-4-4, 4-6-5) or as one run, never "4 1 1 1 …".
      const len = g.e - g.s;
      if (len < 3 && (j > i || groups[j + 1]?.s === g.e + 1)) break;
      if (j > i) {
        const gap = text.slice(groups[j - 1]!.e, g.s);
        if (gap !== ' ' && gap !== '-') break;
        if (sep && gap !== sep) break; // one separator style per number
        sep = gap;
      }
      digits += g.e - g.s;
      if (digits > 19) break;
      if (digits < 12) continue;
      const after = text[g.e];
      const endsClean = !(after === '.' || after === '-') || !/\d/.test(text[g.e + 1] ?? '');
      if (endsClean && validCardNumber(text.slice(first.s, g.e))) best = j;
    }
    if (best >= 0) {
      out.push({ start: first.s, end: groups[best]!.e, score: 0.7, contextScore: 1 });
      i = best;
    }
  }
  return out;
}

export const creditCard: Detector = {
  id: 'finance/credit-card',
  entity: 'CREDIT_CARD',
  label: { one: 'a payment card number', many: 'payment card numbers' },
  patterns: [],
  find: findCards,
  context: [
    'card', 'credit', 'debit', 'visa', 'mastercard', 'amex', 'cc#', 'pan', 'expir', 'cvv', 'payment',
    'karte', 'kreditkarte', 'carte', 'bancaire', 'tarjeta', 'crédito',
  ],
};
