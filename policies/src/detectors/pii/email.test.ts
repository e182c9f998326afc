import { describe, expect, it } from 'vitest';
import { runDetector } from '../engine';
import { email } from './email';

describe('pii/email', () => {
  it.each([
    ['contact jane.doe@example.com today', ['jane.doe@example.com']],
    ['a+b@sub.example.co.uk', ['a+b@sub.example.co.uk']],
    ['my email is user@xn--80ak6aa92e.com today', ['user@xn--80ak6aa92e.com']],
    ['a@xn--d1acufc.xn--p1ai', ['a@xn--d1acufc.xn--p1ai']],
    ['two: a@b.io, c@d.org', ['a@b.io', 'c@d.org']],
    ['not an email: jane@', []],
    ['my email is info@presidio.', []],
    ['@@@@@@@@@@', []],
    ['handle @someone on social', []],
  ])('%s', (text, expected) => {
    expect(runDetector(email, text).map((f) => text.slice(f.start, f.end))).toEqual(expected);
  });
});

describe('pii/email: the scan from each @ agrees with the regex over the whole text', () => {
  const p = email.patterns[0]!;
  const local = (n: number) => 'a'.repeat(n);
  it.each([
    'contact jane.doe@example.com today', 'x@y.com@z.com', 'a@b.co a@b.co', '@@a@b.io@@', 'a.a.a.@b.cd', `${local(64)}@example.com`,
    `${local(65)}@example.com`, `-${local(63)}@example.com`, 'é@example.com ü.x@example.org', 'mail:a@b.c,d@e.fg;h@i.jk', 'a@b.cd@e.fg h@',
  ])('%s', (text) => {
    const spans = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0]]);
    expect(spans(p.matches!(text))).toEqual(spans(text.matchAll(p.regex)));
  });
});
