// Vault rows: conversations (sliding TTL) and their encrypted placeholder entries. Values arrive
// and leave encrypted; this file never sees plain text.
import { sql } from 'kysely';
import type postgres from 'postgres';
import type { Db } from '../database';
import { arrayLiteral, el, runStatement } from '../statement';

export interface VaultRow {
  keyId: string;
  placeholder: string;
  entity: string;
  valueEnc: Uint8Array;
}

/** Creates the conversation or pushes its expiry; returns false when it exists under another owner. */
export async function touchConversation(db: Db, tenantId: string, id: string, owner: string, expiresAt: Date): Promise<boolean> {
  const row = await db
    .insertInto('gateway_conversations')
    .values({ tenant_id: tenantId, id, owner, expires_at: expiresAt })
    .onConflict((oc) => oc.columns(['tenant_id', 'id']).doUpdateSet({ expires_at: expiresAt }))
    .returning('owner')
    .executeTakeFirstOrThrow();
  return row.owner === owner;
}

export interface OpenRequest {
  tenantId: string;
  conversationId: string;
  owner: string;
  expiresAt: Date;
}

/** What opening a conversation found: `mine` is false when it exists under another owner (rows empty then). */
export interface Opened {
  mine: boolean;
  rows: VaultRow[];
}

// Creates each conversation or pushes its expiry — only for its owner — and returns the entries of
// those it opened, in one statement. A conversation missing from the result belongs to someone else.
const OPEN_CONVERSATIONS = `
  with input as (
    select * from unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[]) as i(tenant_id, id, owner, expires_at)
  ), opened as (
    insert into gateway_conversations as c (tenant_id, id, owner, expires_at)
    select tenant_id, id, owner, expires_at from input order by tenant_id, id
    on conflict (tenant_id, id) do update set expires_at = excluded.expires_at where c.owner = excluded.owner
    returning c.tenant_id, c.id
  )
  select o.tenant_id, o.id, e.key_id, e.placeholder, e.entity, e.value_enc
  from opened o left join gateway_vault_entries e on e.tenant_id = o.tenant_id and e.conversation_id = o.id`;

/**
 * Opens many conversations in one round trip (the vault batches concurrent requests). A batch may
 * name a conversation once only (one upsert cannot touch a row twice), so repeats go in a next round.
 */
export async function openConversations(db: Db, requests: readonly OpenRequest[], pg?: postgres.Sql): Promise<Opened[]> {
  const out = new Array<Opened>(requests.length);
  let pending = requests.map((_, i) => i);
  while (pending.length > 0) {
    const seen = new Set<string>();
    const now: number[] = [];
    const later: number[] = [];
    for (const i of pending) {
      const k = `${requests[i]!.tenantId}\u0000${requests[i]!.conversationId}`;
      (seen.has(k) ? later : now).push(i);
      seen.add(k);
    }
    const rs = now.map((i) => requests[i]!);
    const rows = await runStatement<{ tenant_id: string; id: string; key_id: string | null; placeholder: string; entity: string; value_enc: Uint8Array }>(db, pg, OPEN_CONVERSATIONS, [
      arrayLiteral(rs.map((r) => el(r.tenantId))), arrayLiteral(rs.map((r) => el(r.conversationId))),
      arrayLiteral(rs.map((r) => el(r.owner))), arrayLiteral(rs.map((r) => el(r.expiresAt.toISOString()))),
    ]);
    const found = new Map<string, VaultRow[]>();
    for (const r of rows) {
      const k = `${r.tenant_id}\u0000${r.id}`;
      let list = found.get(k);
      if (!list) found.set(k, (list = []));
      if (r.key_id !== null) list.push({ keyId: r.key_id, placeholder: r.placeholder, entity: r.entity, valueEnc: r.value_enc });
    }
    for (const i of now) {
      const list = found.get(`${requests[i]!.tenantId}\u0000${requests[i]!.conversationId}`);
      out[i] = list ? { mine: true, rows: list } : { mine: false, rows: [] };
    }
    pending = later;
  }
  return out;
}

export interface NewVaultRow extends VaultRow {
  tenantId: string;
  conversationId: string;
}

// Entries of many conversations in one statement. DO NOTHING instead of an error: one clash (another
// node numbered the same placeholder first) must fail its own conversation only, not the batch.
// The join drops rows of a conversation deleted meanwhile, which then reads as a failed write too.
const INSERT_ENTRIES = `
  insert into gateway_vault_entries (tenant_id, conversation_id, key_id, placeholder, entity, value_enc)
  select x.tenant_id, x.conversation_id, x.key_id, x.placeholder, x.entity, decode(x.value_enc, 'base64')
  from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
    as x(tenant_id, conversation_id, key_id, placeholder, entity, value_enc)
  join gateway_conversations c on c.tenant_id = x.tenant_id and c.id = x.conversation_id
  order by x.tenant_id, x.conversation_id, x.key_id
  on conflict do nothing
  returning tenant_id, conversation_id, key_id`;

/** Inserts the rows; returns the `tenant\0conversation\0key` of each row actually written. */
export async function insertVaultRows(db: Db, rows: readonly NewVaultRow[], pg?: postgres.Sql): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const written = await runStatement<{ tenant_id: string; conversation_id: string; key_id: string }>(db, pg, INSERT_ENTRIES, [
    arrayLiteral(rows.map((r) => el(r.tenantId))), arrayLiteral(rows.map((r) => el(r.conversationId))),
    arrayLiteral(rows.map((r) => el(r.keyId))), arrayLiteral(rows.map((r) => el(r.placeholder))),
    arrayLiteral(rows.map((r) => el(r.entity))), arrayLiteral(rows.map((r) => el(Buffer.from(r.valueEnc).toString('base64')))),
  ]);
  return new Set(written.map((w) => `${w.tenant_id}\u0000${w.conversation_id}\u0000${w.key_id}`));
}

export async function conversationOwner(db: Db, tenantId: string, id: string): Promise<string | undefined> {
  const r = await db.selectFrom('gateway_conversations').select('owner').where('tenant_id', '=', tenantId).where('id', '=', id).where('expires_at', '>', new Date()).executeTakeFirst();
  return r?.owner;
}

export async function deleteConversation(db: Db, tenantId: string, id: string): Promise<boolean> {
  const r = await db.deleteFrom('gateway_conversations').where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return r.numDeletedRows > 0n;
}

/** Drops expired conversations (entries cascade) and expired or redeemed hand-offs. */
export async function purgeExpired(db: Db, now = new Date()): Promise<{ conversations: number; handoffs: number }> {
  const c = await db.deleteFrom('gateway_conversations').where('expires_at', '<=', now).executeTakeFirst();
  const h = await db
    .deleteFrom('gateway_handoffs')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('redeemed_at', 'is not', null)]))
    .executeTakeFirst();
  return { conversations: Number(c.numDeletedRows), handoffs: Number(h.numDeletedRows) };
}

export async function countVaultEntries(db: Db): Promise<number> {
  const r = await sql<{ n: number }>`select count(*)::int as n from gateway_vault_entries`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}
