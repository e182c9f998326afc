/**
 * Top-k by score without sorting every candidate: a bounded min-heap, O(n log k). On 50k chunks a
 * full sort per query costs more than the dot products themselves.
 */
export function selectTopK(ids: ArrayLike<number>, scores: ArrayLike<number>, count: number, k: number): Array<{ id: number; score: number }> {
  const heapIds = new Int32Array(k);
  const heapScores = new Float64Array(k);
  let size = 0;
  const less = (i: number, j: number) => heapScores[i]! < heapScores[j]! || (heapScores[i] === heapScores[j] && heapIds[i]! > heapIds[j]!);
  const swap = (i: number, j: number) => {
    const ti = heapIds[i]!;
    heapIds[i] = heapIds[j]!;
    heapIds[j] = ti;
    const ts = heapScores[i]!;
    heapScores[i] = heapScores[j]!;
    heapScores[j] = ts;
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < size && less(l, m)) m = l;
      if (r < size && less(r, m)) m = r;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  for (let n = 0; n < count; n++) {
    const id = ids[n]!;
    const score = scores[n]!;
    if (size < k) {
      heapIds[size] = id;
      heapScores[size] = score;
      let i = size++;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!less(i, p)) break;
        swap(i, p);
        i = p;
      }
    } else if (k > 0 && (score > heapScores[0]! || (score === heapScores[0] && id < heapIds[0]!))) {
      heapIds[0] = id;
      heapScores[0] = score;
      down(0);
    }
  }
  const out = Array.from({ length: size }, (_, i) => ({ id: heapIds[i]!, score: heapScores[i]! }));
  return out.sort((a, b) => b.score - a.score || a.id - b.id);
}
