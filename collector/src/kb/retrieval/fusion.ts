export type Fusion = { kind: 'weighted'; bm25: number; dense: number } | { kind: 'rrf'; k: number };

/** The common starting point from the literature: BM25 0.3, dense 0.7. */
export const DEFAULT_FUSION: Fusion = { kind: 'weighted', bm25: 0.3, dense: 0.7 };

export interface Scored {
  id: number;
  score: number;
}

/**
 * Fuses two ranked lists. Weighted fusion min-max normalises each list over its own candidates
 * (BM25 is unbounded, cosine is not: raw sums would let one dominate). RRF uses ranks only.
 */
export function fuse(bm25: readonly Scored[], dense: readonly Scored[], fusion: Fusion): Scored[] {
  const out = new Map<number, number>();
  if (fusion.kind === 'rrf') {
    bm25.forEach((s, rank) => out.set(s.id, (out.get(s.id) ?? 0) + 1 / (fusion.k + rank + 1)));
    dense.forEach((s, rank) => out.set(s.id, (out.get(s.id) ?? 0) + 1 / (fusion.k + rank + 1)));
  } else {
    addNormalized(out, bm25, fusion.bm25);
    addNormalized(out, dense, fusion.dense);
  }
  return [...out].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score || a.id - b.id);
}

function addNormalized(out: Map<number, number>, list: readonly Scored[], weight: number): void {
  if (list.length === 0 || weight === 0) return;
  let min = Infinity;
  let max = -Infinity;
  for (const s of list) {
    min = Math.min(min, s.score);
    max = Math.max(max, s.score);
  }
  const span = max - min || 1;
  // A candidate missing from this list gets 0 from it: the list's floor after normalising.
  for (const s of list) out.set(s.id, (out.get(s.id) ?? 0) + (weight * (s.score - min)) / span);
}
