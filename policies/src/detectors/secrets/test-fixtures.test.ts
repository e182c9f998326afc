import { describe, expect, it } from 'vitest';
import { shannonEntropy } from './entropy';
import { B62, HEX, fake } from './test-fixtures';

describe('fake', () => {
  it.each([
    ['ghp_', B62, 36],
    ['', HEX, 64],
  ])('%s + %i chars is deterministic, in-alphabet and random-looking', (prefix, alphabet, n) => {
    const a = fake(prefix, alphabet, n, 7);
    expect(a).toBe(fake(prefix, alphabet, n, 7));
    expect(a).not.toBe(fake(prefix, alphabet, n, 8));
    expect(a.length).toBe(prefix.length + n);
    expect([...a.slice(prefix.length)].every((c) => alphabet.includes(c))).toBe(true);
    expect(shannonEntropy(a.slice(prefix.length))).toBeGreaterThan(3.3);
  });
});
