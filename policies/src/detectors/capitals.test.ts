import { describe, expect, it } from 'vitest';
import { capitalisedMatches, forEachCapitalised, isAsciiLetter, keyedMatches, upperStarts } from './capitals';

const spans = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0], m.indices?.[1]]);
const viaMatchAll = (text: string, re: RegExp) => spans(text.matchAll(new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}g`)));

// Edges: astral capitals (𝐀 is \p{Lu}, two code units), lone surrogates, capitals past Latin-1, all-caps runs.
const TEXTS = [
  '', 'A', 'a', 'Anna Berg', 'iPhone McDonald', 'NASA and ÉLAN', 'Ólafur, Ärzte, Ωmega, Щука', '𝐀bc 𝐁', 'x\uD835', '\uDC00Ab',
  '\uD835\uDC00\uD835', 'über Zürich', 'ǅemal', 'Straße ẞ', 'mid-Word O’Brien', 'tab\tTab', 'ΑΒΓ', 'a'.repeat(50) + 'B',
  'moved here from   Küsnacht', 'lives in Paris and grew up in New York City', 'in A, in Bo', 'from from Zed', 'visited  Rome',
  // Dense capitals, where the helpers run the regex over the whole text instead.
  'QUJDRGVmZ2hpams0NTY3ODkrLw== in Rome', 'ABC DEF in Ghi', 'A B C D from Ed',
];
const WORD = /\p{Lu}[\p{L}\p{M}'’-]{1,40}/gu;
const CAP_WORD = /(?<![\p{L}\p{M}\p{N}'’-])\p{Lu}[\p{L}\p{M}'’-]{0,40}/dgu;
const CUE_WORDS = 'grew up in|lives? in|moved (?:here )?from|visit(?:ed)? |from|in';
const CUE = new RegExp(`\\b(?:${CUE_WORDS})[ \\t]{1,3}(\\p{Lu}[\\p{L}'’-]{1,30}(?:[ \\t]\\p{Lu}[\\p{L}]{1,30}){0,2})`, 'dgu');
const CUE_KEY = new RegExp(`(?<=\\b(?:${CUE_WORDS})[ \\t]{1,3})`, 'uy');

function randomTexts(n: number): string[] {
  let s = 11;
  const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296);
  const parts = ['in ', 'from ', 'grew up in ', 'moved here from ', 'visited  ', 'Anna', 'Berg', 'É', 'élan', 'x', ' ', '  ', '\t', ',', "'", '-', '𝐀', '\uD835', 'NASA', 'ẞ', 'o', '\n'];
  return Array.from({ length: n }, () => Array.from({ length: Math.floor(rnd() * 30) }, () => parts[Math.floor(rnd() * parts.length)]).join(''));
}

describe('upperStarts', () => {
  it.each(TEXTS)('%j: where /\\p{Lu}/gu matches', (text) => {
    expect(upperStarts(text)).toEqual([...text.matchAll(/\p{Lu}/gu)].map((m) => m.index));
  });

  it('answers again for a new text after reusing the last one', () => {
    expect(upperStarts('Ab Cd')).toEqual([0, 3]);
    expect(upperStarts('Ab Cd')).toEqual([0, 3]);
    expect(upperStarts('ab cD')).toEqual([4]);
  });
});

// Each helper must give exactly what the regex made global gives, on the edge cases and on random text.
describe.each([['table', TEXTS], ['random', randomTexts(400)]])('sticky scans agree with matchAll (%s)', (_name, texts) => {
  it('forEachCapitalised', () => {
    for (const text of texts) {
      const got: [number, string][] = [];
      forEachCapitalised(text, WORD, (s, e) => got.push([s, text.slice(s, e)]));
      expect(got, text).toEqual(viaMatchAll(text, WORD).map(([i, w]) => [i, w]));
    }
  });

  it.each([['without', undefined], ['with', isAsciiLetter]])('capitalisedMatches, %s a notAfter', (_w, notAfter) => {
    for (const text of texts) expect(spans(capitalisedMatches(text, CAP_WORD, notAfter)), text).toEqual(viaMatchAll(text, CAP_WORD));
  });

  // The reach must cover the longest cue and its spaces ("moved here from   ", 18 chars) and may exceed it.
  it.each([18, 64])('keyedMatches, reach %i', (reach) => {
    for (const text of texts) expect(spans(keyedMatches(text, CUE, CUE_KEY, reach)), text).toEqual(viaMatchAll(text, CUE));
  });
});
