import { createHash, randomUUID } from 'node:crypto';
import type { KbContentType } from '@protocol-zero/policies';
import type { Db } from '../db/database';
import type { ErrorCode } from '../errors';
import { currentRevision, deleteDocument, findDocumentBySource, loadTenantChunks, saveDocument } from '../db/repositories/kb';
import { buildGrounding, type Citation } from './grounding/context';
import { LsaEmbedder } from './embed/lsa';
import { OpenAiCompatibleEmbedder } from './embed/openai-compatible';
import type { Embedder } from './embed/types';
import { chunkMarkdown } from './ingest/chunk';
import { dropTitleHeading } from './ingest/heading-path';
import { extractHtml } from './ingest/html';
import { pagesOf } from './ingest/pages';
import { extractPdf, type PageStart } from './ingest/pdf';
import type { Fusion } from './retrieval/fusion';
import { EmbeddedStore } from './stores/embedded';
import { QdrantStore } from './stores/qdrant';
import type { KbChunk, KbStore, SearchRequest, StoredChunk } from './stores/types';

/** Below this many chunks a corpus-trained model has too little co-occurrence to be better than noise. */
export const MIN_LSA_CHUNKS = 60;
/**
 * Part of every content hash: bumped when extraction or chunking changes what a document yields
 * (2: PDF pages, title heading dropped from paths, bold PDF headings), so re-ingesting an unchanged
 * file after an upgrade rebuilds its chunks instead of being a no-op.
 */
const INGEST_VERSION = 2;

/** `application/pdf` content travels base64-encoded (JSON bodies and job payloads are text). */
export { KB_CONTENT_TYPES, type KbContentType } from '@protocol-zero/policies';

export interface KbConfig {
  lsaDimensions: number;
  fusion: Fusion;
  embeddings?: { url: string; model: string; apiKey?: string };
  qdrant?: { url: string; apiKey?: string; collection: string };
}

export interface IngestInput {
  tenantId: string;
  source: string; // identity of the document: re-ingesting the same source replaces it
  title?: string;
  contentType: KbContentType;
  content: string;
  acl: string[];
  createdBy: string;
}

export interface IngestResult {
  documentId: string;
  status: 'created' | 'replaced' | 'unchanged';
  chunks: number;
}

/** What the ingest job returns: a rejection travels as data, since BullMQ keeps only an error's message. */
export type IngestOutcome = IngestResult | { rejected: { code: ErrorCode; message: string } };

export interface KbHit extends Citation {
  text: string;
  score: number;
}

interface TenantIndex {
  revision: number;
  embedder: Embedder;
  store: KbStore;
  chunks: number;
  /** Chunks embedded since the LSA model was fitted: past a quarter of the corpus, refit. */
  drift: number;
}

/**
 * The knowledge base of one collector process. The database is the source of truth; each process
 * keeps a per-tenant index (embedded store, or Qdrant) and checks the tenant's revision before a
 * search, so an ingest by another process is seen at the next query.
 */
export class KnowledgeBase {
  private readonly tenants = new Map<string, Promise<TenantIndex>>();

  constructor(
    private readonly db: Db,
    private readonly config: KbConfig,
  ) {}

  async ingest(input: IngestInput): Promise<IngestResult> {
    const acl = [...new Set(input.acl)].sort();
    const contentHash = createHash('sha256').update(JSON.stringify([INGEST_VERSION, input.contentType, input.title ?? '', acl, input.content])).digest('hex');
    const existing = await findDocumentBySource(this.db, input.tenantId, input.source);
    if (existing?.content_hash === contentHash) return { documentId: existing.id, status: 'unchanged', chunks: -1 };

    const { title, text, pageStarts } = await extractText(input);
    const documentId = existing?.id ?? randomUUID();
    const docTitle = input.title?.trim() || title || input.source;
    const chunked = chunkMarkdown(text);
    const paths = dropTitleHeading(docTitle, chunked.map((p) => p.headingPath));
    const pieces = chunked.map((p, i) => ({ ...p, headingPath: paths[i]!, pages: pagesOf(p.start, p.end, pageStarts) }));
    const index = this.tenants.get(input.tenantId) ? await this.indexFor(input.tenantId) : undefined;
    const pretrained = this.config.embeddings ? await this.makeEmbedder() : undefined;
    const vectors = pretrained ? await pretrained.embed(pieces.map((p) => embedText(docTitle, p.headingPath, p.text))) : [];
    const chunks: StoredChunk[] = pieces.map((p, i) => ({
      id: `${documentId}:${contentHash.slice(0, 8)}:${i}`, tenantId: input.tenantId, documentId, title: docTitle, source: input.source,
      headingPath: p.headingPath, text: p.text, start: p.start, end: p.end, ...(p.pages ? { pages: p.pages } : {}), acl, vector: vectors[i] ?? new Float32Array(0),
    }));
    const revision = await saveDocument(this.db, {
      id: documentId, tenantId: input.tenantId, source: input.source, title: docTitle, contentType: input.contentType, acl, contentHash,
      createdBy: input.createdBy, embedder: pretrained?.id ?? null,
      chunks: chunks.map((c, i) => ({ id: c.id, ordinal: i, headingPath: c.headingPath, text: c.text, start: c.start, end: c.end, pages: c.pages, vector: pretrained ? c.vector : null })),
    });
    // Keep this process's index current without a rebuild when nobody else changed the tenant.
    if (index && index.revision === revision - 1 && index.drift + chunks.length <= Math.max(50, index.chunks / 4)) {
      const embedded = pretrained ? chunks : await this.embedWith(index.embedder, chunks);
      if (embedded) {
        await index.store.replaceDocument(input.tenantId, documentId, embedded);
        index.revision = revision;
        index.drift += chunks.length;
        index.chunks += chunks.length;
      }
    }
    return { documentId, status: existing ? 'replaced' : 'created', chunks: chunks.length };
  }

  async remove(tenantId: string, documentId: string): Promise<boolean> {
    const removed = await deleteDocument(this.db, tenantId, documentId);
    return removed;
  }

  async search(tenantId: string, q: { query: string; groups: readonly string[]; k?: number; mode?: SearchRequest['mode']; fusion?: Fusion }): Promise<{ hits: KbHit[]; system: string; mode: SearchRequest['mode'] }> {
    const index = await this.indexFor(tenantId);
    if (index.chunks === 0) return { hits: [], system: '', mode: 'bm25' };
    // LSA learns from the corpus: below MIN_LSA_CHUNKS it is noise, so a small KB is searched lexically.
    const dense = !(index.embedder instanceof LsaEmbedder) || (index.embedder.fitted && index.chunks >= MIN_LSA_CHUNKS);
    const vector = dense ? (await index.embedder.embed([q.query]))[0]! : new Float32Array(0);
    const found = await index.store.search({
      tenantId, text: q.query, vector, groups: q.groups, k: q.k ?? 5, mode: dense ? (q.mode ?? 'hybrid') : 'bm25', fusion: q.fusion ?? this.config.fusion,
    });
    const chunks: KbChunk[] = found.map((h) => h.chunk);
    const { system, citations } = buildGrounding(chunks);
    return { hits: citations.map((c, i) => ({ ...c, text: chunks[i]!.text, score: found[i]!.score })), system, mode: dense ? (q.mode ?? 'hybrid') : 'bm25' };
  }

  async close(): Promise<void> {
    for (const p of this.tenants.values()) await (await p).store.close();
    this.tenants.clear();
  }

  /** The tenant's index, rebuilt from the database when its revision moved (or LSA drifted). */
  private async indexFor(tenantId: string): Promise<TenantIndex> {
    const revision = await currentRevision(this.db, tenantId);
    const cached = this.tenants.get(tenantId);
    if (cached) {
      const index = await cached;
      if (index.revision === revision) return index;
      if (this.tenants.get(tenantId) !== cached) return this.indexFor(tenantId);
    }
    const building = this.build(tenantId, revision);
    this.tenants.set(tenantId, building);
    building.catch(() => this.tenants.delete(tenantId));
    return building;
  }

  private async build(tenantId: string, revision: number): Promise<TenantIndex> {
    const rows = await loadTenantChunks(this.db, tenantId);
    const embedder = await this.makeEmbedder();
    const texts = rows.map((r) => embedText(r.title, r.headingPath, r.text));
    let vectors: Float32Array[];
    if (this.config.embeddings) {
      const missing = rows.filter((r) => !r.vector || r.embedder !== embedder.id);
      const fresh = missing.length ? await embedder.embed(missing.map((r) => embedText(r.title, r.headingPath, r.text))) : [];
      const byId = new Map(missing.map((r, i) => [r.id, fresh[i]!]));
      vectors = rows.map((r) => byId.get(r.id) ?? r.vector!);
    } else {
      if (rows.length > 0) await embedder.fit?.(texts);
      const fitted = !(embedder instanceof LsaEmbedder) || embedder.fitted;
      vectors = fitted ? await embedder.embed(texts) : rows.map(() => new Float32Array(0));
    }
    const store = this.config.qdrant
      ? QdrantStore.fromUrl(this.config.qdrant.url, this.config.qdrant.collection, vectors[0]?.length || this.config.lsaDimensions, this.config.qdrant.apiKey)
      : new EmbeddedStore();
    const byDoc = new Map<string, StoredChunk[]>();
    rows.forEach((r, i) => {
      const list = byDoc.get(r.documentId) ?? [];
      list.push({ ...r, tenantId, vector: vectors[i]! });
      byDoc.set(r.documentId, list);
    });
    for (const [documentId, chunks] of byDoc) await store.replaceDocument(tenantId, documentId, chunks);
    return { revision, embedder, store, chunks: rows.length, drift: 0 };
  }

  private async makeEmbedder(): Promise<Embedder> {
    const e = this.config.embeddings;
    return e
      ? new OpenAiCompatibleEmbedder({ baseUrl: e.url, model: e.model, ...(e.apiKey ? { apiKey: e.apiKey } : {}) })
      : new LsaEmbedder({ dimensions: this.config.lsaDimensions, seed: 1 });
  }

  private async embedWith(embedder: Embedder, chunks: StoredChunk[]): Promise<StoredChunk[] | undefined> {
    if (embedder instanceof LsaEmbedder && !embedder.fitted) return undefined; // first documents: rebuild instead
    const vectors = await embedder.embed(chunks.map((c) => embedText(c.title, c.headingPath, c.text)));
    return chunks.map((c, i) => ({ ...c, vector: vectors[i]! }));
  }
}

async function extractText(input: IngestInput): Promise<{ title: string; text: string; pageStarts?: PageStart[] }> {
  if (input.contentType === 'text/html') return extractHtml(input.content, safeUrl(input.source));
  if (input.contentType === 'application/pdf') return extractPdf(Buffer.from(input.content, 'base64'));
  const title = input.contentType === 'text/markdown' ? (/^\s{0,3}#\s+(.+?)\s*#*\s*$/m.exec(input.content)?.[1] ?? '') : '';
  return { title, text: input.content };
}

/** Title and heading path are part of what a chunk is about, so they are embedded with it. */
const embedText = (title: string, headingPath: readonly string[], text: string) => `${title}\n${headingPath.join(' › ')}\n${text}`;

function safeUrl(source: string): string {
  try {
    return new URL(source).toString();
  } catch {
    return 'https://kb.invalid/';
  }
}

const instances = new WeakMap<Db, KnowledgeBase>();
/** One knowledge base per database handle, shared by routes and job processors of a process. */
export function knowledgeBaseFor(db: Db, config: KbConfig): KnowledgeBase {
  let kb = instances.get(db);
  if (!kb) instances.set(db, (kb = new KnowledgeBase(db, config)));
  return kb;
}
