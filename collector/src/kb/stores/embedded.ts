import { Bm25Index } from '../retrieval/bm25';
import { fuse } from '../retrieval/fusion';
import { selectTopK } from '../retrieval/top-k';
import { aclAllows, type KbChunk, type KbStore, type SearchHit, type SearchRequest, type StoredChunk } from './types';

const CANDIDATES = 200; // per list before fusion
const docKey = (tenantId: string, documentId: string) => `${tenantId}\u0000${documentId}`;

/**
 * The embedded store: BM25 postings + brute-force cosine over Float32Array vectors, in memory.
 * Persistence is the caller's (the kb repository keeps chunks and vectors in the collector's
 * database and rebuilds this on start). Brute force is exact and, at 50k × 128 dims, fast enough.
 */
export class EmbeddedStore implements KbStore {
  readonly kind = 'embedded' as const;
  private readonly bm25 = new Bm25Index();
  private readonly chunks: Array<KbChunk | undefined> = [];
  /** All vectors in one contiguous slot-major matrix: the dense scan streams memory instead of chasing pointers. */
  private matrix = new Float32Array(0);
  private dims = -1;
  private readonly byChunkId = new Map<string, number>();
  private readonly byDocument = new Map<string, number[]>();

  async upsert(chunks: readonly StoredChunk[]): Promise<void> {
    this.upsertNow(chunks);
  }

  async replaceDocument(tenantId: string, documentId: string, chunks: readonly StoredChunk[]): Promise<void> {
    // No await between the two steps: JavaScript runs them as one step for every other caller.
    this.deleteNow(tenantId, documentId);
    this.upsertNow(chunks);
  }

  async deleteDocument(tenantId: string, documentId: string): Promise<void> {
    this.deleteNow(tenantId, documentId);
  }

  private upsertNow(chunks: readonly StoredChunk[]): void {
    for (const c of chunks) {
      const existing = this.byChunkId.get(c.id);
      if (existing !== undefined) this.removeSlot(existing);
      const { vector, ...chunk } = c;
      const slot = this.bm25.add(`${chunk.title}\n${chunk.headingPath.join(' ')}\n${chunk.text}`);
      this.chunks[slot] = chunk;
      this.storeVector(slot, vector);
      this.byChunkId.set(c.id, slot);
      const key = docKey(c.tenantId, c.documentId);
      const list = this.byDocument.get(key) ?? [];
      list.push(slot);
      this.byDocument.set(key, list);
    }
  }

  private deleteNow(tenantId: string, documentId: string): void {
    const key = docKey(tenantId, documentId);
    for (const slot of this.byDocument.get(key) ?? []) this.removeSlot(slot);
    this.byDocument.delete(key);
  }

  async search(req: SearchRequest): Promise<SearchHit[]> {
    // The ACL and tenant are applied once, as a mask, before either ranker sees a candidate.
    const mask = new Uint8Array(this.chunks.length);
    for (let slot = 0; slot < this.chunks.length; slot++) {
      const c = this.chunks[slot];
      if (c !== undefined && c.tenantId === req.tenantId && aclAllows(c.acl, req.groups)) mask[slot] = 1;
    }
    const lex = req.mode === 'dense' ? undefined : this.bm25.scoreDense(req.text, mask);
    const lexical = lex ? selectTopK(lex.ids, lex.scores, lex.count, CANDIDATES) : [];
    const semantic = req.mode === 'bm25' ? [] : this.denseTop(req.vector, mask, CANDIDATES);
    const ranked =
      req.mode === 'bm25' ? lexical : req.mode === 'dense' ? semantic : fuse(lexical, semantic, req.fusion);
    return ranked.slice(0, req.k).map((s) => ({ chunk: this.chunks[s.id]!, score: s.score }));
  }

  async count(): Promise<number> {
    return this.bm25.size;
  }

  async close(): Promise<void> {}

  private denseTop(q: Float32Array, mask: Uint8Array, k: number) {
    const n = this.chunks.length;
    const d = this.dims;
    if (d <= 0 || q.length !== d) return [];
    const m = this.matrix;
    const ids = new Int32Array(n);
    const scores = new Float32Array(n);
    let count = 0;
    for (let slot = 0; slot < n; slot++) {
      if (mask[slot] !== 1) continue;
      let s = 0;
      const base = slot * d;
      for (let i = 0; i < d; i++) s += q[i]! * m[base + i]!;
      ids[count] = slot;
      scores[count++] = s;
    }
    return selectTopK(ids, scores, count, k);
  }

  private storeVector(slot: number, v: Float32Array): void {
    if (v.length === 0) return;
    if (this.dims < 0) this.dims = v.length;
    if (v.length !== this.dims) throw new Error(`vector has ${v.length} dimensions, the store holds ${this.dims}`);
    const need = (slot + 1) * this.dims;
    if (this.matrix.length < need) {
      const grown = new Float32Array(Math.max(need, this.matrix.length * 2, 1024 * this.dims));
      grown.set(this.matrix);
      this.matrix = grown;
    }
    this.matrix.set(v, slot * this.dims);
  }

  private removeSlot(slot: number): void {
    const c = this.chunks[slot];
    if (!c) return;
    this.bm25.remove(slot);
    this.byChunkId.delete(c.id);
    this.chunks[slot] = undefined;
  }
}
