import { describe, expect, it } from 'vitest';
import { runDetector } from '../engine';
import { usItin } from './us-itin';

const found = (text: string) => runDetector(usItin, text).map((f) => text.slice(f.start, f.end));

describe('gov/us-itin', () => {
  it.each([
    ['911-70-1234', ['911-70-1234']],
    ['911-701234 91170-1234', ['911-701234', '91170-1234']],
    ['911701234', ['911701234']],
    ['my tax id 911-89-1234', []], // group 89 is not issued
    ['911-93-1234', []],
    ['811-70-1234', []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});
