import { createHash } from 'node:crypto';
import { QdrantClient } from '@qdrant/js-client-rest';
import { terms } from '../text/tokenize';
import { fuse, type Scored } from '../retrieval/fusion';
import type { KbChunk, KbStore, SearchHit, SearchRequest, StoredChunk } from './types';

const CANDIDATES = 200;
const AVG_CHUNK_TERMS = 120; // BM25 length normalisation needs an average; chunks are bounded, so a constant serves

/**
 * Qdrant: dense + sparse (BM25-weighted, IDF applied server-side) named vectors in one collection,
 * payload filters for tenant and ACL, server-side RRF fusion; weighted fusion is done here from the
 * two candidate lists so both stores fuse identically. Kept small: the contract suite defines it.
 */
export class QdrantStore implements KbStore {
  readonly kind = 'qdrant' as const;
  private ready: Promise<void> | undefined;

  constructor(
    private readonly client: QdrantClient,
    private readonly collection: string,
    private readonly dimensions: number,
  ) {}

  static fromUrl(url: string, collection: string, dimensions: number, apiKey?: string): QdrantStore {
    return new QdrantStore(new QdrantClient({ url, ...(apiKey ? { apiKey } : {}), checkCompatibility: false }), collection, dimensions);
  }

  private ensureCollection(): Promise<void> {
    this.ready ??= (async () => {
      const { exists } = await this.client.collectionExists(this.collection);
      if (exists) return;
      await this.client.createCollection(this.collection, {
        vectors: { dense: { size: this.dimensions, distance: 'Cosine' } },
        sparse_vectors: { bm25: { modifier: 'idf' } },
      });
      for (const field of ['tenant_id', 'document_id', 'acl'] as const) {
        await this.client.createPayloadIndex(this.collection, { field_name: field, field_schema: 'keyword', wait: true });
      }
    })();
    return this.ready;
  }

  async upsert(chunks: readonly StoredChunk[]): Promise<void> {
    if (chunks.length === 0) return;
    await this.ensureCollection();
    await this.client.upsert(this.collection, {
      wait: true,
      points: chunks.map((c) => ({
        id: pointId(c.id),
        vector: { dense: Array.from(c.vector), bm25: sparseVector(`${c.title}\n${c.headingPath.join(' ')}\n${c.text}`, true) },
        payload: toPayload(c),
      })),
    });
  }

  async replaceDocument(tenantId: string, documentId: string, chunks: readonly StoredChunk[]): Promise<void> {
    // New chunk ids carry the new content hash, so upserting first and deleting the rest never leaves
    // a window with neither version.
    await this.upsert(chunks);
    await this.ensureCollection();
    await this.client.delete(this.collection, {
      wait: true,
      filter: {
        must: [match('tenant_id', tenantId), match('document_id', documentId)],
        must_not: chunks.length ? [{ has_id: chunks.map((c) => pointId(c.id)) }] : [],
      },
    });
  }

  async deleteDocument(tenantId: string, documentId: string): Promise<void> {
    await this.ensureCollection();
    await this.client.delete(this.collection, { wait: true, filter: { must: [match('tenant_id', tenantId), match('document_id', documentId)] } });
  }

  async search(req: SearchRequest): Promise<SearchHit[]> {
    await this.ensureCollection();
    const filter = aclFilter(req.tenantId, req.groups);
    const sparse = sparseVector(req.text, false);
    const dense = Array.from(req.vector);
    if (req.mode === 'hybrid' && req.fusion.kind === 'rrf') {
      const r = await this.client.query(this.collection, {
        prefetch: [
          { query: sparse, using: 'bm25', limit: CANDIDATES, filter },
          { query: dense, using: 'dense', limit: CANDIDATES, filter },
        ],
        query: { fusion: 'rrf' },
        filter,
        limit: req.k,
        with_payload: true,
      });
      return r.points.map((p) => ({ chunk: fromPayload(p.payload), score: p.score }));
    }
    const lists = await Promise.all([
      req.mode === 'dense' || sparse.indices.length === 0 ? [] : this.client.query(this.collection, { query: sparse, using: 'bm25', filter, limit: CANDIDATES, with_payload: true }).then((r) => r.points),
      req.mode === 'bm25' ? [] : this.client.query(this.collection, { query: dense, using: 'dense', filter, limit: CANDIDATES, with_payload: true }).then((r) => r.points),
    ]);
    const byNumber = new Map<number, KbChunk>();
    const toScored = (points: typeof lists[number]): Scored[] =>
      points.map((p) => {
        const chunk = fromPayload(p.payload);
        const id = hashToNumber(chunk.id);
        byNumber.set(id, chunk);
        return { id, score: p.score };
      });
    const [lex, sem] = [toScored(lists[0]), toScored(lists[1])];
    const ranked = req.mode === 'bm25' ? lex : req.mode === 'dense' ? sem : fuse(lex, sem, req.fusion);
    return ranked.slice(0, req.k).map((s) => ({ chunk: byNumber.get(s.id)!, score: s.score }));
  }

  async count(): Promise<number> {
    await this.ensureCollection();
    return (await this.client.count(this.collection, { exact: true })).count;
  }

  async close(): Promise<void> {}
}

const match = (key: string, value: string) => ({ key, match: { value } });

/** Tenant must match; the chunk is public (empty ACL) or shares a group with the caller. */
export function aclFilter(tenantId: string, groups: readonly string[]) {
  const should: object[] = [{ is_empty: { key: 'acl' } }];
  if (groups.length) should.push({ key: 'acl', match: { any: [...groups] } });
  return { must: [match('tenant_id', tenantId), { should }] };
}

/** Term → stable sparse index (FNV-1a, 31 bits); values are BM25 tf-saturation (docs) or 1 (queries). */
export function sparseVector(text: string, isDocument: boolean): { indices: number[]; values: number[] } {
  const tf = new Map<number, number>();
  const ts = terms(text);
  for (const t of ts) {
    const i = fnv1a(t);
    tf.set(i, (tf.get(i) ?? 0) + 1);
  }
  const k1 = 1.2;
  const b = 0.75;
  const norm = k1 * (1 - b + (b * ts.length) / AVG_CHUNK_TERMS);
  const indices = [...tf.keys()].sort((a, z) => a - z);
  return { indices, values: indices.map((i) => (isDocument ? (tf.get(i)! * (k1 + 1)) / (tf.get(i)! + norm) : 1)) };
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & 0x7fffffff;
}

/** Qdrant point ids are UUIDs or integers: a UUID-shaped digest of our chunk id. */
export function pointId(chunkId: string): string {
  const h = createHash('sha256').update(chunkId).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

const hashToNumber = (chunkId: string) => Number.parseInt(createHash('sha256').update(chunkId).digest('hex').slice(0, 12), 16);

export function toPayload(c: KbChunk): Record<string, unknown> {
  return { chunk_id: c.id, tenant_id: c.tenantId, document_id: c.documentId, title: c.title, source: c.source, heading_path: c.headingPath, text: c.text, start: c.start, end: c.end, acl: c.acl, page_from: c.pages?.from ?? null, page_to: c.pages?.to ?? null };
}

export function fromPayload(p: Record<string, unknown> | null | undefined): KbChunk {
  const v = p ?? {};
  return {
    id: String(v.chunk_id), tenantId: String(v.tenant_id), documentId: String(v.document_id), title: String(v.title ?? ''),
    source: String(v.source ?? ''), headingPath: (v.heading_path as string[]) ?? [], text: String(v.text ?? ''),
    start: Number(v.start ?? 0), end: Number(v.end ?? 0), acl: (v.acl as string[]) ?? [],
    ...(typeof v.page_from === 'number' ? { pages: { from: v.page_from, to: typeof v.page_to === 'number' ? v.page_to : v.page_from } } : {}),
  };
}
