import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../embed/linear-algebra';
import { selectTopK } from './top-k';

describe('selectTopK', () => {
  it.each([1, 5, 50, 500])('equals a full sort for k=%i', (k) => {
    const rand = mulberry32(k);
    const n = 300;
    const ids = Array.from({ length: n }, (_, i) => i);
    const scores = ids.map(() => Math.round(rand() * 50) / 50); // ties on purpose
    const expected = ids.map((id) => ({ id, score: scores[id]! })).sort((a, b) => b.score - a.score || a.id - b.id).slice(0, k);
    expect(selectTopK(ids, scores, n, k)).toEqual(expected);
  });
});
