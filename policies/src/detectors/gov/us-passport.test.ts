import { describe, expect, it } from 'vitest';
import { runDetector } from '../engine';
import { usPassport } from './us-passport';

const found = (text: string, min = 0) => runDetector(usPassport, text).filter((f) => f.score >= min).map((f) => text.slice(f.start, f.end));

describe('gov/us-passport', () => {
  it.each([
    ['912803456', 0, ['912803456']],
    ['Z12803456', 0, ['Z12803456']],
    ['my travel passport is A12803456', 0.5, ['A12803456']],
    ['order A12803456 shipped', 0.5, []],
    ['AB12803456', 0, []],
    ['1234567890', 0, []],
  ])('%s (min %s)', (text, min, expected) => expect(found(text, min)).toEqual(expected));
});
