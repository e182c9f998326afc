import { describe, expect, it } from 'vitest';
import { LiteralSet } from './literal-set';

describe('LiteralSet', () => {
  const literals = ['@', 'ab', 'abc', 'abcd', 'bcd', 'import ', ' from ', 'élan', 'x', 'zz', 'a.b'];
  const set = new LiteralSet(literals);

  // One walk must agree with one includes() per literal, at the edges of the text and past ASCII.
  it.each(['', 'a', 'ab', 'abc', 'xabcd', 'import x from y', 'un élan', 'zz', 'q@', 'a.b.c', 'bcd', 'abca', 'éab'])('%j agrees with includes', (text) => {
    const found = set.scan(text);
    expect(set.literals.map((l, i) => [l, found[i] === 1])).toEqual(set.literals.map((l) => [l, text.includes(l)]));
  });

  it('agrees with includes on random text', () => {
    let s = 7;
    const rnd = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const chars = 'abcdxz@. éimportfn';
    for (let k = 0; k < 300; k++) {
      const text = Array.from({ length: Math.floor(rnd() * 40) }, () => chars[Math.floor(rnd() * chars.length)]).join('');
      const found = set.scan(text);
      set.literals.forEach((l, i) => expect(found[i] === 1, `${l} in ${text}`).toBe(text.includes(l)));
    }
  });
});
