import { describe, expect, it } from 'vitest';
import { runDetector } from '../engine';
import { medicalRecordNumber } from './medical-record-number';

const found = (text: string) => runDetector(medicalRecordNumber, text).map((f) => text.slice(f.start, f.end));

describe('health/medical-record-number', () => {
  it.each([
    ['Patient MRN: 00482913 admitted', ['00482913']],
    ['medical record number #A-1234567', ['A-1234567']],
    ['Patientennummer 7788123', ['7788123']],
    ['order number 00482913', []],
    ['MRN: pending', []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});
