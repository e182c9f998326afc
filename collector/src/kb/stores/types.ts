import type { PageRange } from '../ingest/pages';
import type { Fusion } from '../retrieval/fusion';

export interface KbChunk {
  id: string; // `${documentId}:${contentHash8}:${ordinal}` — a new version never reuses an old id
  tenantId: string;
  documentId: string;
  title: string;
  source: string;
  headingPath: string[];
  text: string;
  start: number; // offsets in the document's extracted text (citations)
  end: number;
  /** PDF pages the chunk came from (citations print "p. 3" / "pp. 3–4"); absent for other documents. */
  pages?: PageRange;
  /** Groups that may retrieve this chunk; empty = everyone in the tenant. */
  acl: string[];
}

export interface StoredChunk extends KbChunk {
  vector: Float32Array;
}

export interface SearchRequest {
  tenantId: string;
  text: string;
  vector: Float32Array;
  /** The caller's groups; a chunk whose ACL shares none is never a candidate. */
  groups: readonly string[];
  k: number;
  mode: 'hybrid' | 'bm25' | 'dense';
  fusion: Fusion;
}

export interface SearchHit {
  chunk: KbChunk;
  score: number;
}

/** What every vector store does; the contract suite (`store-contract.ts`) runs against each one. */
export interface KbStore {
  readonly kind: 'embedded' | 'qdrant';
  upsert(chunks: readonly StoredChunk[]): Promise<void>;
  /**
   * Swaps a document's chunks for new ones so a concurrent search sees the old set or the new set,
   * never a mix and never neither (embedded: one synchronous step; Qdrant: upsert new, then delete old).
   */
  replaceDocument(tenantId: string, documentId: string, chunks: readonly StoredChunk[]): Promise<void>;
  deleteDocument(tenantId: string, documentId: string): Promise<void>;
  search(req: SearchRequest): Promise<SearchHit[]>;
  count(): Promise<number>;
  close(): Promise<void>;
}

export function aclAllows(acl: readonly string[], groups: readonly string[]): boolean {
  return acl.length === 0 || acl.some((g) => groups.includes(g));
}
