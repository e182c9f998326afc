// Row types of the knowledge-base tables (migrations 202611211900_kb, 202611212100_kb_pages).
import type { ColumnType } from 'kysely';
import type { Json } from './core';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type BigCount = ColumnType<string | number, number, number>;

export interface KbDocumentsTable {
  id: string;
  tenant_id: string;
  source: string;
  title: string;
  content_type: string;
  acl: Json<string[]>;
  content_hash: string;
  chunk_count: number;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface KbChunksTable {
  id: string;
  tenant_id: string;
  document_id: string;
  ordinal: number;
  heading_path: Json<string[]>;
  text: string;
  start_offset: number;
  end_offset: number;
  /** PDF pages the chunk spans; null for documents without pages. */
  page_from: ColumnType<number | null, number | null | undefined, number | null>;
  page_to: ColumnType<number | null, number | null | undefined, number | null>;
  acl: Json<string[]>;
  embedder: string | null;
  vector: Uint8Array | null;
}

export interface KbRevisionsTable {
  tenant_id: string;
  revision: BigCount;
}

export interface KbGroupMembersTable {
  tenant_id: string;
  user_id: string;
  group_name: string;
}

export interface KbTables {
  kb_documents: KbDocumentsTable;
  kb_chunks: KbChunksTable;
  kb_revisions: KbRevisionsTable;
  kb_group_members: KbGroupMembersTable;
}
