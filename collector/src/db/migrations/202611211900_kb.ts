// Knowledge base: documents (one row per source, with its content hash and ACL), their chunks, a
// per-tenant revision every process checks before searching, and KB group membership for ACLs.
import { type Kysely, sql } from 'kysely';

const UP = [
  `create table kb_documents (
     id uuid primary key, tenant_id text not null, source text not null, title text not null,
     content_type text not null, acl jsonb not null, content_hash text not null, chunk_count integer not null,
     created_by text not null, created_at timestamptz not null default now(), updated_at timestamptz not null default now(),
     unique (tenant_id, source))`,
  // vector is set only for pretrained embedders; LSA vectors are derived from the corpus on load.
  `create table kb_chunks (
     id text primary key, tenant_id text not null, document_id uuid not null references kb_documents(id) on delete cascade,
     ordinal integer not null, heading_path jsonb not null, text text not null, start_offset integer not null,
     end_offset integer not null, acl jsonb not null, embedder text, vector bytea)`,
  `create index kb_chunks_tenant on kb_chunks (tenant_id, document_id)`,
  `create table kb_revisions (tenant_id text primary key, revision bigint not null)`,
  `create table kb_group_members (
     tenant_id text not null, user_id uuid not null, group_name text not null,
     primary key (tenant_id, user_id, group_name))`,
];

const TABLES = ['kb_group_members', 'kb_revisions', 'kb_chunks', 'kb_documents'];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of TABLES) await sql.raw(`drop table if exists ${t}`).execute(db);
}
