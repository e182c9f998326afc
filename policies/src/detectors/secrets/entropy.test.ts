import { describe, expect, it } from 'vitest';
import { shannonEntropy } from './entropy';

describe('shannonEntropy', () => {
  it.each([
    ['', 0, 0],
    ['aaaaaaaa', 0, 0],
    ['abababab', 1, 1],
    ['abcd', 2, 2],
    ['0123456789abcdef', 4, 4],
    ['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 4.2, 5],
  ])('%s has entropy within [%d, %d]', (value, lo, hi) => {
    const e = shannonEntropy(value);
    expect(e).toBeGreaterThanOrEqual(lo - 1e-9);
    expect(e).toBeLessThanOrEqual(hi + 1e-9);
  });
});
