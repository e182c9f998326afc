import { describe, expect, it } from 'vitest';
import { runDetector } from '../engine';
import { phone } from './phone';

const kept = (text: string, min = 0.5) => runDetector(phone, text).filter((f) => f.score >= min).map((f) => text.slice(f.start, f.end));

describe('pii/phone', () => {
  it.each([
    ['My US number is (415) 555-0132', ['(415) 555-0132']],
    ['international one is +1 415 555 0132', ['+1 415 555 0132']],
    ['London: +44 (20) 7123 4567', ['+44 (20) 7123 4567']],
    ['Paris +33 1 42 68 53 00', ['+33 1 42 68 53 00']],
    ['Mobile: 041-412-293', ['041-412-293']], // unusual format, but labelled by context
    ['Fax: 001-420-335-7509x38548', ['001-420-335-7509x38548']],
    ['Can someone call me on (07) 5331 0577?', ['(07) 5331 0577']],
    ['one is415-555-0132', []], // glued to a word: not a phone number
    ['Released on 2024-01-15 at noon', []],
    ['server 192.168.100.200 is down', []],
    ['version 10.2.3 of the library', []],
    ['order 1234567 shipped', []],
    ['9'.repeat(5000), []],
  ])('%s', (text, expected) => expect(kept(text)).toEqual(expected));

  it('still proposes low-score candidates without context, so a reviewer can lower the bar', () => {
    const f = runDetector(phone, 'ref 041-412-293');
    expect(f).toHaveLength(1);
    expect(f[0]!.score).toBeLessThan(0.5);
  });
});

describe('pii/phone next to other numbers', () => {
  it('splits a run of two numbers and keeps the valid phone', () => {
    const text = 'call +1 415 555 0132 4111 1111 1111 1111';
    expect(kept(text)).toEqual(['+1 415 555 0132']);
  });
});

describe('pii/phone on number-heavy text', () => {
  it('rejects lists of one-digit groups without consulting the phone library', () => {
    expect(kept('1 2 3 4 5 6 7 8 9 0 '.repeat(50), 0)).toEqual([]);
  });
});
