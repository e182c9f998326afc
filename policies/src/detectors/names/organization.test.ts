import { describe, expect, it } from 'vitest';
import { runDetector, resolveOverlaps } from '../engine';
import { organization } from './organization';

const found = (text: string) => resolveOverlaps(runDetector(organization, text)).map((f) => text.slice(f.start, f.end));

describe('names/organization', () => {
  it.each([
    ['Ronald works at Tableau Software now', ['Tableau Software']],
    ['Invoice from Acme GmbH', ['Acme GmbH']],
    ['I work for Geoscape', ['Geoscape']],
    ['Nera Economic Consulting', ['Nera Economic Consulting']],
    ['we need more software', []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});
