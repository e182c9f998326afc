import { describe, expect, it } from 'vitest';
import { runDetector } from '../engine';
import { usSsn } from './us-ssn';

const found = (text: string, min = 0) => runDetector(usSsn, text).filter((f) => f.score >= min).map((f) => text.slice(f.start, f.end));

describe('gov/us-ssn', () => {
  it.each([
    ['078-05-1123', ['078-05-1123']],
    ['078.05.1123 and 078 05 1123', ['078.05.1123', '078 05 1123']],
    ['078-051121 07805-1121', ['078-051121', '07805-1121']],
    ['078-05-1120', []], // the Woolworth card
    ['666-12-3456', []],
    ['900-70-1234', []], // an ITIN, not an SSN
    ['078 00 1123', []],
    ['078-05-0000', []],
    ['693-09.4444', []], // mixed separators
    ['0780511201', []], // ten digits
    ['5'.repeat(3000), []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    ['His social security number is 531-21-7351', ['531-21-7351']],
    ['my ssn is 078051121', ['078051121']],
    ['invoice 078051121', []], // bare digits need a label to count
  ])('at the default bar: %s', (text, expected) => expect(found(text, 0.5)).toEqual(expected));
});
