import { describe, expect, it } from 'vitest';
import { runDetector } from '../engine';
import { usDriverLicense } from './us-driver-license';

const found = (text: string, min = 0) => runDetector(usDriverLicense, text).filter((f) => f.score >= min).map((f) => text.slice(f.start, f.end));

describe('gov/us-driver-license', () => {
  it.each([
    ['H12234567', 0, ['H12234567']],
    ["My driver's license number is 481195160", 0.5, ['481195160']],
    ['123456789 1234567890 12345679012 123456790123 1234567901234 1234', 0, ['123456789', '1234567890', '12345679012', '123456790123', '1234567901234']],
    ['invoice 481195160', 0.5, []],
    ['C12T345672', 0, []],
    ['ABCDEFG ABCDEFGH ABCDEFGHI', 0, []],
  ])('%s (min %s)', (text, min, expected) => expect(found(text, min)).toEqual(expected));
});
