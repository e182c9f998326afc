import { describe, expect, it } from 'vitest';
import { alignOriginal, tokenFromHash } from './align';

const sp = (scrubbed: string, placeholder: string, entity: string) => {
  const start = scrubbed.indexOf(placeholder);
  return { placeholder, entity, start, end: start + placeholder.length };
};

describe('alignOriginal', () => {
  it.each([
    ['Mail Jane Roe at jane@acme.io today', 'Mail <PERSON_1> at <EMAIL_ADDRESS_1> today', [['<PERSON_1>', 'PERSON'], ['<EMAIL_ADDRESS_1>', 'EMAIL_ADDRESS']], ['Jane Roe', 'jane@acme.io']],
    ['jane@acme.io', '<EMAIL_ADDRESS_1>', [['<EMAIL_ADDRESS_1>', 'EMAIL_ADDRESS']], ['jane@acme.io']],
    ['Call +1 415 555 0100', 'Call <PHONE_NUMBER_1>', [['<PHONE_NUMBER_1>', 'PHONE_NUMBER']], ['+1 415 555 0100']],
    ['nothing here', 'nothing here', [], []],
    // The mission test's case: the last value contains the literal that follows it (".").
    ['Check billing-db01.corp.internal.', 'Check <INTERNAL_HOSTNAME_1>.', [['<INTERNAL_HOSTNAME_1>', 'INTERNAL_HOSTNAME']], ['billing-db01.corp.internal']],
  ])('%s', (prompt, scrubbed, pairs, values) => {
    const segs = alignOriginal(prompt, scrubbed, pairs.map(([p, e]) => sp(scrubbed, p!, e!)));
    expect(segs.map((s) => s.text).join('')).toBe(prompt);
    expect(segs.filter((s) => s.span).map((s) => s.text)).toEqual(values);
  });

  it('falls back to plain text when the versions do not line up', () => {
    expect(alignOriginal('abc', 'xyz <P_1>', [{ placeholder: '<P_1>', entity: 'PERSON', start: 4, end: 9 }])).toEqual([{ text: 'abc' }]);
  });
});

describe('tokenFromHash', () => {
  const t = 'pzh_' + 'a'.repeat(43);
  it.each([
    [`#/assistant?t=${t}`, t],
    [`#t=${t}`, t],
    [`#/assistant?x=1&t=${t}`, t],
    ['#/assistant', undefined],
    ['#/assistant?t=short', undefined],
  ])('%s', (hash, expected) => expect(tokenFromHash(hash)).toBe(expected));
});
