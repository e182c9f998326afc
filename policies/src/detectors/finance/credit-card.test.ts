import { describe, expect, it } from 'vitest';
import { runDetector } from '../engine';
import { creditCard } from './credit-card';

const found = (text: string) => runDetector(creditCard, text).map((f) => text.slice(f.start, f.end));

describe('finance/credit-card', () => {
  it.each([
    ['4012888888881881 4012-8888-8888-1881 4012 8888 8888 1881', ['4012888888881881', '4012-8888-8888-1881', '4012 8888 8888 1881']],
    ['amex 371449635398431', ['371449635398431']],
    ['mc 2221000000000009 ok', ['2221000000000009']],
    ['uatp 122000000000003', ['122000000000003']],
    ['my card # 5213591727586604 please', ['5213591727586604']],
    ['4012-8888-8888-1882', []], // Luhn fails
    ['36168002586008', []], // Luhn fails
    ['1748503543012', []], // no issuer with this prefix and length
    ['9999999999999995', []], // Luhn passes, no issuer
    ['0000000000000000', []],
    ['order 4111111111111111111111111', []], // part of a longer digit run
    ['1'.repeat(10000), []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it('scores higher with context words', () => {
    const [plain] = runDetector(creditCard, 'ref 4111111111111111');
    const [ctx] = runDetector(creditCard, 'my visa card is 4111111111111111');
    expect(ctx!.score).toBeGreaterThan(plain!.score);
  });
});

describe('finance/credit-card next to other numbers', () => {
  it.each([
    ['+1 415 555 0132 4111 1111 1111 1111', ['4111 1111 1111 1111']],
    ['ref 0132 4111 1111 1111 1111', ['4111 1111 1111 1111']],
  ])('%s', (text, expected) => expect(runDetector(creditCard, text).map((f) => text.slice(f.start, f.end))).toEqual(expected));
});

describe('finance/credit-card digit grouping', () => {
  it.each([
    ['4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1', []],
    ['41 11 11 11 11 11 11 11', []],
    ['3714 496353 98431', ['3714 496353 98431']],
  ])('%s', (text, expected) => expect(runDetector(creditCard, text).map((f) => text.slice(f.start, f.end))).toEqual(expected));
});
