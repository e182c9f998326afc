// Vault rows: conversations (sliding TTL) and their encrypted placeholder entries. Values arrive
// and leave encrypted; this file never sees plain text.
import { sql } from 'kysely';
import type { Db } from '../database';

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

export async function conversationOwner(db: Db, tenantId: string, id: string): Promise<string | undefined> {
  const r = await db.selectFrom('gateway_conversations').select('owner').where('tenant_id', '=', tenantId).where('id', '=', id).where('expires_at', '>', new Date()).executeTakeFirst();
  return r?.owner;
}

export async function loadVaultEntries(db: Db, tenantId: string, conversationId: string): Promise<VaultRow[]> {
  const rows = await db
    .selectFrom('gateway_vault_entries')
    .select(['key_id', 'placeholder', 'entity', 'value_enc'])
    .where('tenant_id', '=', tenantId)
    .where('conversation_id', '=', conversationId)
    .execute();
  return rows.map((r) => ({ keyId: r.key_id, placeholder: r.placeholder, entity: r.entity, valueEnc: r.value_enc }));
}

/** Inserts new entries; throws on a placeholder clash (another node issued the same number first). */
export async function insertVaultEntries(db: Db, tenantId: string, conversationId: string, rows: VaultRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('gateway_vault_entries')
    .values(rows.map((r) => ({ tenant_id: tenantId, conversation_id: conversationId, key_id: r.keyId, placeholder: r.placeholder, entity: r.entity, value_enc: r.valueEnc })))
    .execute();
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
