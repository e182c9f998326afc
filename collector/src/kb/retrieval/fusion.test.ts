import { describe, expect, it } from 'vitest';
import { fuse } from './fusion';

describe('fuse', () => {
  const bm25 = [
    { id: 1, score: 12 },
    { id: 2, score: 6 },
    { id: 3, score: 0 },
  ];
  const dense = [
    { id: 3, score: 0.9 },
    { id: 2, score: 0.8 },
    { id: 4, score: 0.1 },
  ];
  // bm25 normalised: 1→1, 2→0.5, 3→0; dense normalised: 3→1, 2→0.875, 4→0.
  it.each([
    [{ kind: 'weighted' as const, bm25: 1, dense: 0 }, [1, 2, 3]],
    [{ kind: 'weighted' as const, bm25: 0, dense: 1 }, [3, 2, 4]],
    [{ kind: 'weighted' as const, bm25: 0.3, dense: 0.7 }, [2, 3, 1, 4]], // 0.7625, 0.7, 0.3, 0
    [{ kind: 'rrf' as const, k: 60 }, [3, 2, 1, 4]], // 1/63+1/61 > 2/62 > 1/61 > 1/63
  ])('%j', (fusion, expected) => {
    expect(fuse(bm25, dense, fusion).map((s) => s.id)).toEqual(expected);
  });
});
