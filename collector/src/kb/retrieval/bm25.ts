import { terms } from '../text/tokenize';

export interface Bm25Params {
  k1: number;
  b: number;
}
export const DEFAULT_BM25: Bm25Params = { k1: 1.2, b: 0.75 };

/**
 * An in-memory BM25 index over dense integer doc ids. Postings are typed arrays per term so 50k
 * chunks index in well under a second and a query touches only the postings of its terms.
 */
export class Bm25Index {
  private readonly postings = new Map<string, { docs: number[]; tfs: number[] }>();
  private readonly lengths: number[] = [];
  private totalLength = 0;
  private live = 0;
  private readonly deleted = new Set<number>();

  constructor(private readonly params: Bm25Params = DEFAULT_BM25) {}

  get size(): number {
    return this.live;
  }

  /** Adds a document and returns its id (ids are dense, in insertion order). */
  add(text: string): number {
    const id = this.lengths.length;
    const tf = new Map<string, number>();
    const ts = terms(text);
    for (const t of ts) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [t, n] of tf) {
      let p = this.postings.get(t);
      if (!p) this.postings.set(t, (p = { docs: [], tfs: [] }));
      p.docs.push(id);
      p.tfs.push(n);
    }
    this.lengths.push(ts.length);
    this.totalLength += ts.length;
    this.live++;
    return id;
  }

  remove(id: number): void {
    if (id >= this.lengths.length || this.deleted.has(id)) return;
    this.deleted.add(id);
    this.totalLength -= this.lengths[id] ?? 0;
    this.live--;
  }

  /** Okapi BM25 with the Lucene-style idf (always positive). `allow` filters before ranking. */
  score(query: string, allow?: (id: number) => boolean): Map<number, number> {
    const mask = allow ? Uint8Array.from({ length: this.lengths.length }, (_, i) => (allow(i) ? 1 : 0)) : undefined;
    const r = this.scoreDense(query, mask);
    const out = new Map<number, number>();
    for (let i = 0; i < r.count; i++) out.set(r.ids[i]!, r.scores[i]!);
    return out;
  }

  /**
   * The hot path: scores accumulate in a dense array indexed by doc id, filtered by a precomputed
   * mask (1 = may be returned), and come back as parallel arrays ready for top-k selection.
   */
  scoreDense(query: string, mask?: Uint8Array): { ids: Int32Array; scores: Float64Array; count: number } {
    const n = this.live;
    const total = this.lengths.length;
    if (n === 0) return { ids: new Int32Array(0), scores: new Float64Array(0), count: 0 };
    const avgdl = this.totalLength / n;
    const { k1, b } = this.params;
    const acc = new Float64Array(total);
    const touched = new Int32Array(total);
    let count = 0;
    for (const t of new Set(terms(query))) {
      const p = this.postings.get(t);
      if (!p) continue;
      const df = p.docs.length;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      const docs = p.docs;
      const tfs = p.tfs;
      for (let i = 0; i < docs.length; i++) {
        const d = docs[i]!;
        if (mask ? mask[d] !== 1 : this.deleted.has(d)) continue;
        const tf = tfs[i]!;
        if (acc[d] === 0) touched[count++] = d;
        acc[d]! += (idf * (tf * (k1 + 1))) / (tf + k1 * (1 - b + (b * this.lengths[d]!) / avgdl));
      }
    }
    const ids = touched.subarray(0, count);
    const scores = new Float64Array(count);
    for (let i = 0; i < count; i++) scores[i] = acc[ids[i]!]!;
    return { ids, scores, count };
  }

  /** Removed ids, so callers building a mask can exclude them. */
  isDeleted(id: number): boolean {
    return this.deleted.has(id);
  }

  /** Term → document frequency, for sparse vectors sent to an external store. */
  documentFrequency(term: string): number {
    return this.postings.get(term)?.docs.length ?? 0;
  }
}

export function topK(scores: Map<number, number>, k: number): Array<{ id: number; score: number }> {
  return [...scores].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score || a.id - b.id).slice(0, k);
}
