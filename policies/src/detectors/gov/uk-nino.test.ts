import { describe, expect, it } from 'vitest';
import { runDetector } from '../engine';
import { ukNino } from './uk-nino';

const found = (text: string) => runDetector(ukNino, text).map((f) => text.slice(f.start, f.end));

describe('gov/uk-nino', () => {
  it.each([
    ['AA 12 34 56 B', ['AA 12 34 56 B']],
    ['tw987654a', ['tw987654a']],
    ['nino: PR 123612C', ['PR 123612C']],
    ['AA 12 34 56 H', []],
    ['FQ 00 00 00 C', []],
    ['BG123612A', []],
    ['nino: nt 99 88 77 a', []],
    ['UV 98 76 54 B', []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});
