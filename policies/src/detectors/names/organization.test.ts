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

describe('names/organization: scans near capitals agree with the regexes over the whole text', () => {
  it.each([
    'Ronald works at Tableau Software now', 'Invoice from Acme GmbH and Beta plc', 'joined  Ócean Labs & Co. yesterday', 'I work for geoscape',
    'worked at\tÄrzte Bank, Nera Economic Consulting Group Inc. and travaille chez Le Monde', 'works at A B C D E F Group', 'Acme,Inc',
    'Zeta Systems, Eta Solutions; 𝐀cme Labs', 'trabajo en Madrid Partners LLP, employed by X',
  ])('%s', (text) => {
    const spans = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0], m.indices?.[1]]);
    for (const p of organization.patterns) {
      p.regex.lastIndex = 0;
      const all = spans(text.matchAll(p.regex));
      expect(p.gate === undefined || p.gate(text) || all.length === 0, p.name).toBe(true);
      expect(spans(p.matches!(text)), p.name).toEqual(all);
    }
  });
});
