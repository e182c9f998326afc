import { describe, expect, it } from 'vitest';
import { assistantHash, tokenFromHash } from './handoff-link';

const T = 'pzh_' + 'a'.repeat(40);

describe('hand-off links', () => {
  it.each([
    [`#t=${T}`, T, `#/assistant?t=${T}`],
    [`#/assistant?t=${T}`, T, `#/assistant?t=${T}`],
    [`#/overview?x=1&t=${T}`, T, `#/assistant?t=${T}`],
    ['#/overview', undefined, '#/assistant'],
    ['#t=short', undefined, '#/assistant'],
  ])('%s', (hash, token, route) => {
    expect(tokenFromHash(hash)).toBe(token);
    expect(assistantHash(hash)).toBe(route);
  });
});
