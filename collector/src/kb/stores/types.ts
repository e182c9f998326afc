import type { Fusion } from '../retrieval/fusion';

export interface KbChunk {
  id: string; // `${documentId}:${ordinal}`
  documentId: string;
  title: string;
  source: string;
  headingPath: string[];
  text: string;
  start: number; // offsets in the document's extracted text (citations)
  end: number;
  /** Groups that may retrieve this chunk; empty = everyone in the tenant. */
  acl: string[];
}

export interface StoredChunk extends KbChunk {
  vector: Float32Array;
}

export interface SearchRequest {
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
  /** Removes every chunk of a document (used by atomic replace: delete + upsert under one lock). */
  deleteDocument(documentId: string): Promise<void>;
  search(req: SearchRequest): Promise<SearchHit[]>;
  count(): Promise<number>;
  close(): Promise<void>;
}

export function aclAllows(acl: readonly string[], groups: readonly string[]): boolean {
  return acl.length === 0 || acl.some((g) => groups.includes(g));
}
