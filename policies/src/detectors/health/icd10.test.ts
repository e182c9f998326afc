import { describe, expect, it } from 'vitest';
import { runDetector } from '../engine';
import { icd10 } from './icd10';

const found = (text: string) => runDetector(icd10, text).map((f) => text.slice(f.start, f.end));

describe('health/icd10', () => {
  it.each([
    ['Diagnosis: E11.9 type 2 diabetes, I10 hypertension', ['E11.9', 'I10']],
    ['Patient admitted with J18.9', ['J18.9']],
    ['Befund: F32.1', ['F32.1']],
    ['Seat E11 on flight A12', []], // no clinical words
    ['diagnosis code U07.1', []], // U codes are reserved, not in the pattern
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});
