import { describe, expect, it } from 'vitest';
import { runDetector } from '../engine';
import { abaRouting } from './aba-routing';

const found = (text: string, min = 0) => runDetector(abaRouting, text).filter((f) => f.score >= min).map((f) => text.slice(f.start, f.end));

describe('finance/aba-routing', () => {
  it.each([
    ['121000358', 0, ['121000358']],
    ['3222-7162-7', 0, ['3222-7162-7']],
    ['routing number 121042882', 0.5, ['121042882']],
    ['ticket 121042882', 0.5, []],
    ['421042111', 0, []], // prefix 42 is not assigned
    ['1234-0000-0', 0, []],
    ['000000000', 0, []],
  ])('%s (min %s)', (text, min, expected) => expect(found(text, min)).toEqual(expected));
});
