/** One interface for every embedding backend: the offline LSA default and OpenAI-compatible endpoints. */
export interface Embedder {
  readonly id: string; // stored with vectors: a store built by one embedder is never queried with another
  readonly dimensions: number;
  /** Fit on the corpus when the backend learns from it (LSA); a no-op for pretrained endpoints. */
  fit?(texts: readonly string[]): Promise<void>;
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}

export function normalize(v: Float32Array): Float32Array {
  let n = 0;
  for (let i = 0; i < v.length; i++) n += v[i]! * v[i]!;
  n = Math.sqrt(n);
  if (n > 0) for (let i = 0; i < v.length; i++) v[i]! /= n;
  return v;
}

export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}
