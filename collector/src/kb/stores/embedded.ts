import { Bm25Index, topK } from '../retrieval/bm25';
import { fuse } from '../retrieval/fusion';
import { dot } from '../embed/types';
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
  private readonly vectors: Array<Float32Array | undefined> = [];
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
      this.vectors[slot] = vector;
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
    const allow = (slot: number) => {
      const c = this.chunks[slot];
      return c !== undefined && c.tenantId === req.tenantId && aclAllows(c.acl, req.groups);
    };
    const lexical = req.mode === 'dense' ? [] : topK(this.bm25.score(req.text, allow), CANDIDATES);
    const semantic = req.mode === 'bm25' ? [] : this.denseTop(req.vector, allow, CANDIDATES);
    const ranked =
      req.mode === 'bm25' ? lexical : req.mode === 'dense' ? semantic : fuse(lexical, semantic, req.fusion);
    return ranked.slice(0, req.k).map((s) => ({ chunk: this.chunks[s.id]!, score: s.score }));
  }

  async count(): Promise<number> {
    return this.bm25.size;
  }

  async close(): Promise<void> {}

  private denseTop(q: Float32Array, allow: (slot: number) => boolean, k: number) {
    const n = this.vectors.length;
    const ids = new Int32Array(n);
    const scores = new Float32Array(n);
    let count = 0;
    for (let slot = 0; slot < n; slot++) {
      const v = this.vectors[slot];
      if (!v || !allow(slot)) continue;
      ids[count] = slot;
      scores[count++] = dot(q, v);
    }
    return selectTopK(ids, scores, count, k);
  }

  private removeSlot(slot: number): void {
    const c = this.chunks[slot];
    if (!c) return;
    this.bm25.remove(slot);
    this.byChunkId.delete(c.id);
    this.chunks[slot] = undefined;
    this.vectors[slot] = undefined;
  }
}
