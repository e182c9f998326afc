import { terms } from '../text/tokenize';
import { gaussian, mulberry32, orthonormalizeColumns, symmetricEigen } from './linear-algebra';
import { normalize, type Embedder } from './types';

export interface LsaOptions {
  dimensions?: number; // k
  oversample?: number; // extra random directions for the randomized SVD
  powerIterations?: number;
  maxVocabulary?: number;
  seed?: number;
}

interface SparseRow {
  idx: Int32Array;
  val: Float64Array;
}

/**
 * Latent semantic analysis trained on the ingested corpus itself: TF-IDF (sublinear tf) → truncated
 * SVD by randomized range finding (Halko, Martinsson & Tropp 2011). It needs no model hub, learns the
 * company's own vocabulary (product names, acronyms), and fits 50k chunks in seconds. Documents and
 * queries are embedded the same way (Vᵀx, L2-normalised), so cosine compares like with like.
 */
export class LsaEmbedder implements Embedder {
  readonly id: string;
  dimensions: number;
  private vocab = new Map<string, number>();
  private idf = new Float64Array(0);
  private basis: Float32Array = new Float32Array(0); // T×k, row-major: term t's k loadings
  private readonly opts: Required<LsaOptions>;

  constructor(opts: LsaOptions = {}) {
    this.opts = { dimensions: 128, oversample: 12, powerIterations: 2, maxVocabulary: 60_000, seed: 1, ...opts };
    this.dimensions = this.opts.dimensions;
    this.id = `lsa-${this.dimensions}`;
  }

  get fitted(): boolean {
    return this.vocab.size > 0;
  }

  async fit(texts: readonly string[]): Promise<void> {
    const docTerms = texts.map((t) => terms(t));
    const df = new Map<string, number>();
    for (const ts of docTerms) for (const t of new Set(ts)) df.set(t, (df.get(t) ?? 0) + 1);
    // Terms seen once carry no co-occurrence signal for SVD; keep the most frequent others.
    const kept = [...df].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, this.opts.maxVocabulary);
    this.vocab = new Map(kept.map(([t], i) => [t, i]));
    const n = texts.length;
    this.idf = Float64Array.from(kept, ([, d]) => Math.log((n + 1) / (d + 1)) + 1);
    const rows = docTerms.map((ts) => this.tfidf(ts));
    this.basis = this.randomizedSvd(rows, this.vocab.size);
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    if (!this.fitted) throw new Error('LSA embedder used before fit()');
    return texts.map((t) => this.project(this.tfidf(terms(t))));
  }

  private tfidf(ts: readonly string[]): SparseRow {
    const tf = new Map<number, number>();
    for (const t of ts) {
      const i = this.vocab.get(t);
      if (i !== undefined) tf.set(i, (tf.get(i) ?? 0) + 1);
    }
    const idx = Int32Array.from(tf.keys());
    const val = Float64Array.from(idx, (i) => (1 + Math.log(tf.get(i)!)) * this.idf[i]!);
    let norm = 0;
    for (const v of val) norm += v * v;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < val.length; j++) val[j]! /= norm;
    return { idx, val };
  }

  private project(row: SparseRow): Float32Array {
    const k = this.dimensions;
    const out = new Float32Array(k);
    for (let j = 0; j < row.idx.length; j++) {
      const base = row.idx[j]! * k;
      const w = row.val[j]!;
      for (let c = 0; c < k; c++) out[c]! += w * this.basis[base + c]!;
    }
    return normalize(out);
  }

  /** Returns the top-k right singular vectors of X (N×T sparse rows) as a T×k row-major matrix. */
  private randomizedSvd(rows: SparseRow[], t: number): Float32Array {
    const n = rows.length;
    const k = Math.min(this.opts.dimensions, Math.max(1, Math.min(n, t) - 1));
    this.dimensions = k;
    const l = Math.min(k + this.opts.oversample, Math.min(n, t));
    const rand = mulberry32(this.opts.seed);
    const omega = Float64Array.from({ length: t * l }, () => gaussian(rand));
    let y = mulXDense(rows, omega, n, l); // N×l
    orthonormalizeColumns(y, n, l);
    for (let q = 0; q < this.opts.powerIterations; q++) {
      const z = mulXtDense(rows, y, t, l); // T×l
      orthonormalizeColumns(z, t, l);
      y = mulXDense(rows, z, n, l);
      orthonormalizeColumns(y, n, l);
    }
    const b = mulXtDense(rows, y, t, l); // T×l  (= (Qᵀ X)ᵀ)
    const gram = new Float64Array(l * l); // BᵀB as l×l (B here is T×l)
    for (let r = 0; r < t; r++) {
      const o = r * l;
      for (let i = 0; i < l; i++) {
        const bi = b[o + i]!;
        if (bi === 0) continue;
        for (let j = i; j < l; j++) gram[i * l + j]! += bi * b[o + j]!;
      }
    }
    for (let i = 0; i < l; i++) for (let j = 0; j < i; j++) gram[i * l + j] = gram[j * l + i]!;
    const { values, vectors } = symmetricEigen(gram, l);
    const order = [...values.keys()].sort((i, j) => values[j]! - values[i]!).slice(0, k);
    // Right singular vectors of X: V = B W Σ⁻¹ (B is T×l, W the eigenvectors of BᵀB).
    const basis = new Float32Array(t * k);
    order.forEach((e, c) => {
      const sigma = Math.sqrt(Math.max(values[e]!, 1e-12));
      for (let r = 0; r < t; r++) {
        let s = 0;
        for (let i = 0; i < l; i++) s += b[r * l + i]! * vectors[i * l + e]!;
        basis[r * k + c] = s / sigma;
      }
    });
    return basis;
  }
}

function mulXDense(rows: SparseRow[], m: Float64Array, n: number, l: number): Float64Array {
  const out = new Float64Array(n * l);
  for (let r = 0; r < n; r++) {
    const { idx, val } = rows[r]!;
    const o = r * l;
    for (let j = 0; j < idx.length; j++) {
      const base = idx[j]! * l;
      const w = val[j]!;
      for (let c = 0; c < l; c++) out[o + c]! += w * m[base + c]!;
    }
  }
  return out;
}

function mulXtDense(rows: SparseRow[], m: Float64Array, t: number, l: number): Float64Array {
  const out = new Float64Array(t * l);
  for (let r = 0; r < rows.length; r++) {
    const { idx, val } = rows[r]!;
    const o = r * l;
    for (let j = 0; j < idx.length; j++) {
      const base = idx[j]! * l;
      const w = val[j]!;
      for (let c = 0; c < l; c++) out[base + c]! += w * m[o + c]!;
    }
  }
  return out;
}
