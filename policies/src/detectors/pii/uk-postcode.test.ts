import { describe, expect, it } from 'vitest';
import { runDetector } from '../engine';
import { ukPostcode } from './uk-postcode';

const found = (text: string, min = 0) => runDetector(ukPostcode, text).filter((f) => f.score >= min).map((f) => text.slice(f.start, f.end));

describe('pii/uk-postcode', () => {
  it.each([
    ['M1 1AA', 0, ['M1 1AA']],
    ['EC1A1BB and DN55 1PT', 0, ['EC1A1BB', 'DN55 1PT']],
    ['GIR 0AA', 0, ['GIR 0AA']],
    ['My address is SW1A 1AA in London', 0.5, ['SW1A 1AA']],
    ['part W1A 1HQ in stock', 0.5, []], // without address words it stays under the bar
    ['QA1 1AA', 0, []],
    ['M1 1CA', 0, []],
    ['1A1 1AA', 0, []],
    ['ABCM11AADEF', 0, []],
  ])('%s (min %s)', (text, min, expected) => expect(found(text, min)).toEqual(expected));
});
