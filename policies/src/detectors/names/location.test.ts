import { describe, expect, it } from 'vitest';
import { runDetector, resolveOverlaps } from '../engine';
import { location } from './location';

const found = (text: string) => resolveOverlaps(runDetector(location, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('names/location', () => {
  it.each([
    ['We moved here from Küsnacht', ['Küsnacht']],
    ['He grew up in Monroe.', ['Monroe']],
    ["I'm glad Poland is moving in that direction", ['Poland']],
    ['Offices in the United Kingdom and New Zealand', ['United Kingdom', 'New Zealand']],
    ['See you in January', []],
    ['I live in fear of deadlines', []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});
