import { describe, expect, it } from 'vitest';
import { runDetector } from '../engine';
import { usBankNumber } from './us-bank-number';

const found = (text: string, min = 0) => runDetector(usBankNumber, text).filter((f) => f.score >= min).map((f) => text.slice(f.start, f.end));

describe('finance/us-bank-number', () => {
  it.each([
    ['945456787654', 0, ['945456787654']],
    ['checking account 945456787654', 0.5, ['945456787654']],
    ['Kontonummer 945456787654', 0.5, ['945456787654']],
    ['build 945456787654 passed', 0.5, []],
    ['1234567', 0, []],
    ['v1.945456787654', 0, []],
  ])('%s (min %s)', (text, min, expected) => expect(found(text, min)).toEqual(expected));
});
