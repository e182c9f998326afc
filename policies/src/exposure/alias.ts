// Vose's alias method: O(1) draws from a discrete distribution — one uniform picks a slot, its
// fraction decides between the slot and its alias. Built once per simulation, never per trial.

export interface Alias {
  prob: Float64Array;
  alias: Int32Array;
}

export function aliasTable(weights: ArrayLike<number>): Alias {
  const n = weights.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += weights[i]!;
  const prob = new Float64Array(n);
  const alias = new Int32Array(n);
  const scaled = new Float64Array(n);
  const small: number[] = [];
  const large: number[] = [];
  for (let i = 0; i < n; i++) {
    scaled[i] = (weights[i]! * n) / total;
    (scaled[i]! < 1 ? small : large).push(i);
  }
  while (small.length && large.length) {
    const s = small.pop()!;
    const l = large.pop()!;
    prob[s] = scaled[s]!;
    alias[s] = l;
    scaled[l] = scaled[l]! + scaled[s]! - 1;
    (scaled[l]! < 1 ? small : large).push(l);
  }
  // Leftovers are 1 up to rounding; they keep their own slot.
  for (const i of small) prob[i] = 1;
  for (const i of large) prob[i] = 1;
  return { prob, alias };
}

/** The slot for a uniform u in [0, 1): the same arithmetic the kernel inlines. */
export function aliasPick(t: Alias, u: number): number {
  const x = u * t.prob.length;
  const slot = x | 0;
  return x - slot < t.prob[slot]! ? slot : t.alias[slot]!;
}
