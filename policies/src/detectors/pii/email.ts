import type { Detector } from '../types';

const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}(?:xn--[A-Za-z0-9]{1,59}|[A-Za-z]{2,24})\b(?!@)/g;
const EMAIL_AT = new RegExp(EMAIL.source, 'y');
const isLocal = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;

// A match's local part is the whole run of local-part characters before its '@' (the lookbehind
// forbids a longer one), so each '@' fixes the one place a match can start; the regex is tried
// there instead of at every word of the text.
function emailMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start <= 64 && isLocal(text.charCodeAt(start - 1))) start--;
    if (start === at || at - start > 64 || start < from) continue;
    EMAIL_AT.lastIndex = start;
    const m = EMAIL_AT.exec(text);
    if (m === null) continue;
    out.push(m);
    from = EMAIL_AT.lastIndex;
  }
  return out;
}

export const email: Detector = {
  id: 'pii/email',
  entity: 'EMAIL_ADDRESS',
  label: { one: 'an email address', many: 'email addresses' },
  keywords: ['@'],
  patterns: [
    {
      name: 'rfc5322-ish',
      // Local part and labels are bounded so the regex stays linear on '@@@…' walls; the TLD may be
      // an IDN in punycode (xn--…).
      regex: EMAIL,
      matches: emailMatches,
      score: 0.9,
    },
  ],
  context: ['email', 'e-mail', 'mail', 'courriel', 'correo', 'contact'],
};
