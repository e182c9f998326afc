import { describe, expect, it } from 'vitest';
import { runDetector } from '../engine';
import { dea } from './dea';

const found = (text: string) => runDetector(dea, text).map((f) => text.slice(f.start, f.end));

describe('health/dea', () => {
  it.each([
    ['DEA# AB1234563', ['AB1234563']],
    ['prescriber BJ6125341', ['BJ6125341']],
    ['AB1234564', []],
    ['ZB1234563', []], // Z is not a registrant type
    ['ab1234563', []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});
