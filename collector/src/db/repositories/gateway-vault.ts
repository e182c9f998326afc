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

export interface ConversationKey {
  tenantId: string;
  conversationId: string;
}

/** A conversation as stored: its owner (null when nobody has claimed it yet), expiry, model tier and entries. */
export interface StoredConversation {
  owner: string | null;
  expiresAt: Date | null;
  modelTier: 'frontier' | 'worker' | null;
  rows: VaultRow[];
}

// Read-only: nothing to commit before the prompt can be scrubbed. Claiming a new conversation
// happens with its first entries (writeConversations), while the request is already upstream.
const LOAD_CONVERSATIONS = `
  select c.tenant_id, c.id, c.owner, c.expires_at, c.model_tier, e.key_id, e.placeholder, e.entity, e.value_enc
  from unnest($1::text[], $2::text[]) as i(tenant_id, id)
  join gateway_conversations c on c.tenant_id = i.tenant_id and c.id = i.id
  left join gateway_vault_entries e on e.tenant_id = c.tenant_id and e.conversation_id = c.id`;

type Row = { tenant_id: string; id: string; owner: string; expires_at: Date | string; model_tier: 'frontier' | 'worker' | null; key_id: string | null; placeholder: string; entity: string; value_enc: Uint8Array };
const keyOf = (tenantId: string, id: string) => `${tenantId}\u0000${id}`;

/** Loads many conversations in one round trip (the vault batches concurrent requests). */
export async function loadConversations(db: Db, keys: readonly ConversationKey[], pg?: postgres.Sql): Promise<StoredConversation[]> {
  const rows = await runStatement<Row>(db, pg, LOAD_CONVERSATIONS, [
    arrayLiteral(keys.map((k) => el(k.tenantId))), arrayLiteral(keys.map((k) => el(k.conversationId))),
  ]);
  const found = new Map<string, StoredConversation>();
  for (const r of rows) {
    const k = keyOf(r.tenant_id, r.id);
    let c = found.get(k);
    if (!c) found.set(k, (c = { owner: r.owner, expiresAt: new Date(r.expires_at), modelTier: r.model_tier, rows: [] }));
    if (r.key_id !== null) c.rows.push({ keyId: r.key_id, placeholder: r.placeholder, entity: r.entity, valueEnc: r.value_enc });
  }
  return keys.map((k) => found.get(keyOf(k.tenantId, k.conversationId)) ?? { owner: null, expiresAt: null, modelTier: null, rows: [] });
}

/** Claims a new conversation up front (a hand-off: its owner and model tier are known before any entry). False if it exists. */
export async function claimConversation(
  db: Db, c: ConversationKey & { owner: string; expiresAt: Date; modelTier: 'frontier' | 'worker' | null },
): Promise<boolean> {
  const r = await db
    .insertInto('gateway_conversations')
    .values({ tenant_id: c.tenantId, id: c.conversationId, owner: c.owner, expires_at: c.expiresAt, model_tier: c.modelTier })
    .onConflict((oc) => oc.columns(['tenant_id', 'id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return r !== undefined;
}

export interface ConversationWrite extends ConversationKey {
  owner: string;
  expiresAt: Date;
  rows: VaultRow[];
}

/** Per write: was the conversation claimed (created, or extended) for its owner, and were all its rows stored. */
export interface WriteOutcome {
  claimed: boolean;
  stored: boolean;
}

// One statement for many conversations: claim each (create it, or push its expiry — only for its
// owner) and insert its new entries. DO NOTHING instead of an error: one clash (another node
// numbered the same placeholder first) must fail its own conversation only, not the batch. Entries
// of a conversation that could not be claimed are not written.
const WRITE_CONVERSATIONS = `
  with conv as (
    select * from unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[]) as i(tenant_id, id, owner, expires_at)
  ), claimed as (
    insert into gateway_conversations as c (tenant_id, id, owner, expires_at)
    select tenant_id, id, owner, expires_at from conv order by tenant_id, id
    on conflict (tenant_id, id) do update set expires_at = excluded.expires_at where c.owner = excluded.owner
    returning c.tenant_id, c.id
  ), written as (
    insert into gateway_vault_entries (tenant_id, conversation_id, key_id, placeholder, entity, value_enc)
    select x.tenant_id, x.conversation_id, x.key_id, x.placeholder, x.entity, decode(x.value_enc, 'base64')
    from unnest($5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
      as x(tenant_id, conversation_id, key_id, placeholder, entity, value_enc)
    join claimed k on k.tenant_id = x.tenant_id and k.id = x.conversation_id
    order by x.tenant_id, x.conversation_id, x.key_id
    on conflict do nothing
    returning tenant_id, conversation_id
  )
  select 'claimed' as kind, tenant_id, id from claimed
  union all
  select 'entry', tenant_id, conversation_id from written`;

/**
 * Claims and writes many conversations in one round trip. A batch may name a conversation once
 * only (one upsert cannot touch a row twice), so repeats go in a next round.
 */
export async function writeConversations(db: Db, writes: readonly ConversationWrite[], pg?: postgres.Sql): Promise<WriteOutcome[]> {
  const out = new Array<WriteOutcome>(writes.length);
  let pending = writes.map((_, i) => i);
  while (pending.length > 0) {
    const seen = new Set<string>();
    const now: number[] = [];
    const later: number[] = [];
    for (const i of pending) {
      const k = keyOf(writes[i]!.tenantId, writes[i]!.conversationId);
      (seen.has(k) ? later : now).push(i);
      seen.add(k);
    }
    const ws = now.map((i) => writes[i]!);
    const rows = ws.flatMap((w) => w.rows.map((r) => ({ w, r })));
    const result = await runStatement<{ kind: 'claimed' | 'entry'; tenant_id: string; id: string }>(db, pg, WRITE_CONVERSATIONS, [
      arrayLiteral(ws.map((w) => el(w.tenantId))), arrayLiteral(ws.map((w) => el(w.conversationId))),
      arrayLiteral(ws.map((w) => el(w.owner))), arrayLiteral(ws.map((w) => el(w.expiresAt.toISOString()))),
      arrayLiteral(rows.map(({ w }) => el(w.tenantId))), arrayLiteral(rows.map(({ w }) => el(w.conversationId))),
      arrayLiteral(rows.map(({ r }) => el(r.keyId))), arrayLiteral(rows.map(({ r }) => el(r.placeholder))),
      arrayLiteral(rows.map(({ r }) => el(r.entity))), arrayLiteral(rows.map(({ r }) => el(Buffer.from(r.valueEnc).toString('base64')))),
    ]);
    const claimed = new Set<string>();
    const stored = new Map<string, number>();
    for (const r of result) {
      const k = keyOf(r.tenant_id, r.id);
      if (r.kind === 'claimed') claimed.add(k);
      else stored.set(k, (stored.get(k) ?? 0) + 1);
    }
    for (const i of now) {
      const w = writes[i]!;
      const k = keyOf(w.tenantId, w.conversationId);
      out[i] = { claimed: claimed.has(k), stored: claimed.has(k) && (stored.get(k) ?? 0) === w.rows.length };
    }
    pending = later;
  }
  return out;
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
