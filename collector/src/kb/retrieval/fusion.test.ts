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
  it.each([
    [{ kind: 'weighted' as const, bm25: 1, dense: 0 }, [1, 2, 3, 4]],
    [{ kind: 'weighted' as const, bm25: 0, dense: 1 }, [3, 2, 4]],
    [{ kind: 'weighted' as const, bm25: 0.3, dense: 0.7 }, [3, 2, 1, 4]],
    [{ kind: 'rrf' as const, k: 60 }, [2, 3, 1, 4]],
  ])('%j', (fusion, expected) => {
    const ids = fuse(bm25, dense, fusion)
      .filter((s) => s.score > 0 || fusion.kind === 'rrf' || fusion.bm25 === 1)
      .map((s) => s.id);
    expect(ids).toEqual(expected);
  });
});
