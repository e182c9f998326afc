import { describe, expect, it } from 'vitest';
import { ndcgAt, recallAt, reciprocalRank, scoreRun } from './metrics';

const gains = new Map([
  ['a', 3],
  ['b', 1],
]);

describe('metrics', () => {
  it.each([
    [['a', 'b', 'x'], 1],
    [['x', 'y', 'z'], 0],
  ])('nDCG@10 of %j is %d', (ranking, expected) => {
    expect(ndcgAt(10, ranking, gains)).toBeCloseTo(expected, 10);
  });
  it('penalises a swapped order below 1 and above 0', () => {
    const v = ndcgAt(10, ['b', 'a'], gains);
    expect(v).toBeGreaterThan(0.5);
    expect(v).toBeLessThan(1);
  });
  it('recall, MRR and run means', () => {
    expect(recallAt(1, ['a', 'b'], gains)).toBe(0.5);
    expect(reciprocalRank(['x', 'b'], gains)).toBe(0.5);
    const s = scoreRun(new Map([['q', ['x', 'a']]]), new Map([['q', gains]]));
    expect(s.mrr).toBe(0.5);
    expect(s.recall100).toBe(0.5);
    expect(s.queries).toBe(1);
  });
});
