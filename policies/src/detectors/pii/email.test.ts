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
