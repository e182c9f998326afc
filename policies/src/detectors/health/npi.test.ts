import { describe, expect, it } from 'vitest';
import { runDetector } from '../engine';
import { npi } from './npi';

const found = (text: string, min = 0) => runDetector(npi, text).filter((f) => f.score >= min).map((f) => text.slice(f.start, f.end));

describe('health/npi', () => {
  it.each([
    ['NPI 1234567893', 0.5, ['1234567893']],
    ['ref 1234567893', 0.5, []],
    ['NPI 1234567890', 0, []], // check digit fails
    ['NPI 3234567893', 0, []], // must start with 1 or 2
  ])('%s (min %s)', (text, min, expected) => expect(found(text, min)).toEqual(expected));
});
