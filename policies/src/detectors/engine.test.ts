import { describe, expect, it } from 'vitest';
import { ContextIndex, hasContextNear, resolveOverlaps, runDetector } from './engine';
import type { Detector, Finding } from './types';

const f = (start: number, end: number, score: number, detector = 'x/a'): Finding => ({ entity: 'URL', start, end, score, detector });

describe('resolveOverlaps', () => {
  it.each([
    ['higher score wins', [f(0, 10, 0.5), f(5, 8, 0.9)], [f(5, 8, 0.9)]],
    ['then the longer span', [f(0, 4, 0.5), f(0, 10, 0.5)], [f(0, 10, 0.5)]],
    ['then the earlier start', [f(2, 6, 0.5), f(0, 4, 0.5)], [f(0, 4, 0.5)]],
    ['then the detector id', [f(0, 4, 0.5, 'x/b'), f(0, 4, 0.5, 'x/a')], [f(0, 4, 0.5, 'x/a')]],
    ['disjoint spans all kept, in order', [f(9, 12, 0.1), f(0, 3, 0.2), f(3, 9, 0.3)], [f(0, 3, 0.2), f(3, 9, 0.3), f(9, 12, 0.1)]],
  ])('%s', (_name, input, expected) => expect(resolveOverlaps(input)).toEqual(expected));
});

describe('context', () => {
  const text = 'x'.repeat(100) + ' ssn ' + 'y'.repeat(100);
  it.each([
    [20, 30, false], // word ends after the window
    [150, 160, true],
    [40, 50, true],
    [170, 180, false], // word is 66+ chars before
  ])('span %i-%i near "ssn": %s — index and direct check agree', (s, e, near) => {
    expect(hasContextNear(text, s, e, ['ssn'])).toBe(near);
    expect(new ContextIndex(text, ['ssn']).near(s, e)).toBe(near);
  });

  it('gives the same scores whether the dense-match index is used or not', () => {
    const d: Detector = { id: 't/num', entity: 'US_SSN', label: { one: 'a', many: 'b' }, patterns: [{ name: 'n', regex: /\d{3}/g, score: 0.1 }], context: ['ssn'] };
    const dense = Array.from({ length: 200 }, (_, i) => (i % 50 === 0 ? 'ssn 123' : '456')).join(' ');
    const scores = runDetector(d, dense).map((x) => x.score);
    const oneByOne = dense.split(' ').length && [...dense.matchAll(/\d{3}/g)].map((m) => (hasContextNear(dense, m.index, m.index + 3, ['ssn']) ? 0.45 : 0.1));
    expect(scores).toEqual(oneByOne);
  });
});

describe('context words start a word', () => {
  it.each([
    ['born on 1986', true],
    ['reborn 1986', false], // 'born' inside another word does not count
    ['diagnosis 1986', true], // a prefix does
  ])('%s', (text, near) => {
    const i = text.indexOf('1986');
    expect(hasContextNear(text, i, i + 4, ['born', 'diagnos'])).toBe(near);
    expect(new ContextIndex(text, ['born', 'diagnos']).near(i, i + 4)).toBe(near);
  });
});

describe('pattern matches', () => {
  // Matches are collected without matchAll; an empty match must still advance by a code point.
  it.each([
    ['aXbX𝐀X', /X*/gu],
    ['aXbX𝐀X', /X*/g],
    ['xx yy', /\b/g],
  ])('%s with %s: what matchAll gives', (text, regex) => {
    const d: Detector = { id: 't/any', entity: 'URL', label: { one: 'a', many: 'b' }, patterns: [{ name: 'n', regex, score: 0.5 }] };
    const expected = [...text.matchAll(regex)].filter((m) => m[0] !== '').map((m) => [m.index, m.index + m[0].length]);
    expect(runDetector(d, text).map((f) => [f.start, f.end])).toEqual(expected);
  });
});
