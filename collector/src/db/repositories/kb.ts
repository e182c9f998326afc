// Knowledge-base persistence. Replacing a document's chunks and bumping the tenant revision happen
// in one transaction, so another process either sees the old document or the new one.
import { sql } from 'kysely';
import type { Db } from '../database';
import type { PageRange } from '../../kb/ingest/pages';

export interface KbChunkRow {
  id: string;
  ordinal: number;
  headingPath: string[];
  text: string;
  start: number;
  end: number;
  pages?: PageRange | undefined;
  vector: Float32Array | null;
}

export interface KbDocumentInput {
  id: string;
  tenantId: string;
  source: string;
  title: string;
  contentType: string;
  acl: string[];
  contentHash: string;
  createdBy: string;
  embedder: string | null;
  chunks: KbChunkRow[];
}

export async function findDocumentBySource(db: Db, tenantId: string, source: string) {
  return db
    .selectFrom('kb_documents')
    .select(['id', 'content_hash', 'acl', 'title'])
    .where('tenant_id', '=', tenantId)
    .where('source', '=', source)
    .executeTakeFirst();
}

/** Inserts or replaces a document and all its chunks atomically; returns the new tenant revision. */
export async function saveDocument(db: Db, doc: KbDocumentInput): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('kb_documents')
      .values({
        id: doc.id, tenant_id: doc.tenantId, source: doc.source, title: doc.title, content_type: doc.contentType,
        acl: JSON.stringify(doc.acl), content_hash: doc.contentHash, chunk_count: doc.chunks.length, created_by: doc.createdBy,
      })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'source']).doUpdateSet({
          title: doc.title, content_type: doc.contentType, acl: JSON.stringify(doc.acl), content_hash: doc.contentHash,
          chunk_count: doc.chunks.length, updated_at: new Date(),
        }),
      )
      .execute();
    await trx.deleteFrom('kb_chunks').where('tenant_id', '=', doc.tenantId).where('document_id', '=', doc.id).execute();
    for (let i = 0; i < doc.chunks.length; i += 500) {
      await trx
        .insertInto('kb_chunks')
        .values(
          doc.chunks.slice(i, i + 500).map((c) => ({
            id: c.id, tenant_id: doc.tenantId, document_id: doc.id, ordinal: c.ordinal, heading_path: JSON.stringify(c.headingPath),
            text: c.text, start_offset: c.start, end_offset: c.end, page_from: c.pages?.from ?? null, page_to: c.pages?.to ?? null, acl: JSON.stringify(doc.acl), embedder: doc.embedder,
            vector: c.vector ? new Uint8Array(c.vector.buffer, c.vector.byteOffset, c.vector.byteLength) : null,
          })),
        )
        .execute();
    }
    return bumpRevision(trx, doc.tenantId);
  });
}

export async function deleteDocument(db: Db, tenantId: string, documentId: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const r = await trx.deleteFrom('kb_documents').where('tenant_id', '=', tenantId).where('id', '=', documentId).executeTakeFirst();
    if (Number(r.numDeletedRows) === 0) return false;
    await bumpRevision(trx, tenantId);
    return true;
  });
}

async function bumpRevision(db: Db, tenantId: string): Promise<number> {
  const row = await db
    .insertInto('kb_revisions')
    .values({ tenant_id: tenantId, revision: 1 })
    .onConflict((oc) => oc.column('tenant_id').doUpdateSet({ revision: sql`kb_revisions.revision + 1` }))
    .returning('revision')
    .executeTakeFirstOrThrow();
  return Number(row.revision);
}

export async function currentRevision(db: Db, tenantId: string): Promise<number> {
  const row = await db.selectFrom('kb_revisions').select('revision').where('tenant_id', '=', tenantId).executeTakeFirst();
  return row ? Number(row.revision) : 0;
}

export async function listDocuments(db: Db, tenantId: string) {
  const rows = await db
    .selectFrom('kb_documents')
    .select(['id', 'source', 'title', 'content_type', 'acl', 'chunk_count', 'content_hash', 'created_by', 'updated_at'])
    .where('tenant_id', '=', tenantId)
    .orderBy('updated_at', 'desc')
    .execute();
  return rows.map((r) => ({ ...r, acl: r.acl as unknown as string[] }));
}

/** Every chunk of a tenant with its document's title and source, for (re)building the index. */
export async function loadTenantChunks(db: Db, tenantId: string) {
  const rows = await db
    .selectFrom('kb_chunks as c')
    .innerJoin('kb_documents as d', 'd.id', 'c.document_id')
    .select(['c.id', 'c.document_id', 'c.heading_path', 'c.text', 'c.start_offset', 'c.end_offset', 'c.page_from', 'c.page_to', 'c.acl', 'c.embedder', 'c.vector', 'd.title', 'd.source'])
    .where('c.tenant_id', '=', tenantId)
    .orderBy('c.document_id')
    .orderBy('c.ordinal')
    .execute();
  return rows.map((r) => ({
    id: r.id, documentId: r.document_id, headingPath: r.heading_path as unknown as string[], text: r.text, start: r.start_offset,
    end: r.end_offset, ...(r.page_from !== null ? { pages: { from: r.page_from, to: r.page_to ?? r.page_from } } : {}),
    acl: r.acl as unknown as string[], embedder: r.embedder, title: r.title, source: r.source,
    vector: r.vector ? new Float32Array(Uint8Array.from(r.vector).buffer) : null,
  }));
}

export async function groupsOfUser(db: Db, tenantId: string, userId: string): Promise<string[]> {
  const rows = await db.selectFrom('kb_group_members').select('group_name').where('tenant_id', '=', tenantId).where('user_id', '=', userId).execute();
  return rows.map((r) => r.group_name);
}

export async function setUserGroups(db: Db, tenantId: string, userId: string, groups: readonly string[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('kb_group_members').where('tenant_id', '=', tenantId).where('user_id', '=', userId).execute();
    if (groups.length) await trx.insertInto('kb_group_members').values(groups.map((g) => ({ tenant_id: tenantId, user_id: userId, group_name: g }))).execute();
  });
}
