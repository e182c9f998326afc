import { describe, expect, it } from 'vitest';
import { jsonStringEscape, restoreDeep, restoreText, StreamRestorer } from './restore';

const VAULT: Record<string, string> = {
  '<PERSON_1>': 'Zoë Ågren',
  '<EMAIL_ADDRESS_1>': 'zoe@acme.io',
  '<SECRET_1>': 'a"b\\c',
};
const lookup = (p: string) => VAULT[p];

describe('restoreText', () => {
  it.each([
    ['Hi <PERSON_1>, mail <EMAIL_ADDRESS_1>.', 'Hi Zoë Ågren, mail zoe@acme.io.', []],
    ['Hi <PERSON_2> and <NAME_1>', 'Hi <PERSON_2> and <NAME_1>', ['<PERSON_2>', '<NAME_1>']],
    ['a < b and <PERSON_1>> x', 'a < b and Zoë Ågren> x', []],
    ['no placeholders', 'no placeholders', []],
  ])('%s', (input, expected, invented) => {
    const r = restoreText(input, lookup);
    expect(r.text).toBe(expected);
    expect(r.invented).toEqual(invented);
  });

  it('restores inside parsed tool input, keys included', () => {
    const r = restoreDeep({ to: ['<EMAIL_ADDRESS_1>'], '<PERSON_1>': { n: 1, s: 'x <SECRET_1>' } }, lookup);
    expect(r).toEqual({ to: ['zoe@acme.io'], 'Zoë Ågren': { n: 1, s: 'x a"b\\c' } });
  });
});

/** Feeds `text` split at the given cut points; returns the concatenated output. */
function streamed(text: string, cuts: number[], escape?: (v: string) => string): { out: string; r: StreamRestorer } {
  const r = new StreamRestorer(lookup, escape);
  let out = '';
  let last = 0;
  for (const c of [...cuts, text.length]) {
    out += r.push(text.slice(last, c));
    last = c;
  }
  return { out: out + r.end(), r };
}

describe('StreamRestorer', () => {
  const answer = 'Dear <PERSON_1>, reply to <EMAIL_ADDRESS_1> — not <PERSON_9> nor a<b; end<';
  const expected = restoreText(answer, lookup).text;

  it('every single split point gives the whole-text result', () => {
    for (let i = 0; i <= answer.length; i++) expect(streamed(answer, [i]).out, `cut ${i}`).toBe(expected);
  });

  it('every pair of split points gives the whole-text result and flags the invented one', () => {
    for (let i = 0; i <= answer.length; i++)
      for (let j = i; j <= answer.length; j++) {
        const { out, r } = streamed(answer, [i, j]);
        expect(out, `cuts ${i},${j}`).toBe(expected);
        expect(r.invented).toEqual(['<PERSON_9>']);
      }
  });

  it('one character per chunk never releases a partial placeholder', () => {
    const r = new StreamRestorer(lookup);
    const released: string[] = [];
    for (const ch of answer) released.push(r.push(ch));
    released.push(r.end());
    expect(released.join('')).toBe(expected);
    expect(released.some((s) => /<[A-Z]/.test(s) && !s.includes('<PERSON_9>'))).toBe(false);
  });

  it('escapes values for partial JSON at every split point', () => {
    const json = JSON.stringify({ who: '<PERSON_1>', key: '<SECRET_1>' });
    for (let i = 0; i <= json.length; i++) {
      const { out } = streamed(json, [i], jsonStringEscape);
      expect(JSON.parse(out), `cut ${i}`).toEqual({ who: 'Zoë Ågren', key: 'a"b\\c' });
    }
  });

  it('gives up holding after the longest possible placeholder', () => {
    const r = new StreamRestorer(lookup);
    expect(r.push(`<${'A'.repeat(80)}`)).toBe(`<${'A'.repeat(80)}`);
  });
});
