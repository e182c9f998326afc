// One-time hand-offs: the prompt is stored encrypted, the token only as sha256. Redeem is a single
// UPDATE … WHERE redeemed_at IS NULL so two racing redeems cannot both win.
import type { Db } from '../database';

export interface NewHandoff {
  id: string;
  tenantId: string;
  tokenHash: string;
  userPseudonym: string | null;
  deviceId: string | null;
  appId: string;
  host: string;
  decisionId: string;
  promptEnc: Uint8Array;
  entities: Record<string, number>;
  expiresAt: Date;
}

export async function insertHandoff(db: Db, h: NewHandoff): Promise<void> {
  await db
    .insertInto('gateway_handoffs')
    .values({
      id: h.id, tenant_id: h.tenantId, token_hash: h.tokenHash, user_pseudonym: h.userPseudonym, device_id: h.deviceId,
      app_id: h.appId, host: h.host, decision_id: h.decisionId, prompt_enc: h.promptEnc, entities: JSON.stringify(h.entities),
      expires_at: h.expiresAt,
    })
    .execute();
}

/** Marks the hand-off used and returns it, or undefined when unknown, used or expired. */
export async function redeemHandoff(db: Db, tenantId: string, tokenHash: string, conversationId: string, now = new Date()) {
  const row = await db
    .updateTable('gateway_handoffs')
    .set({ redeemed_at: now, conversation_id: conversationId })
    .where('tenant_id', '=', tenantId)
    .where('token_hash', '=', tokenHash)
    .where('redeemed_at', 'is', null)
    .where('expires_at', '>', now)
    .returning(['id', 'user_pseudonym', 'app_id', 'host', 'decision_id', 'prompt_enc'])
    .executeTakeFirst();
  return row && { id: row.id, userPseudonym: row.user_pseudonym, appId: row.app_id, host: row.host, decisionId: row.decision_id, promptEnc: row.prompt_enc };
}

/** The prompt is not needed after redeem: drop the ciphertext right away instead of at purge time. */
export async function forgetHandoffPrompt(db: Db, id: string): Promise<void> {
  await db.updateTable('gateway_handoffs').set({ prompt_enc: new Uint8Array(0) }).where('id', '=', id).execute();
}

/** A redeemable hand-off (not used, not expired), without marking it: the prompt is analysed first. */
export async function findLiveHandoff(db: Db, tenantId: string, tokenHash: string, now = new Date()) {
  const row = await db
    .selectFrom('gateway_handoffs')
    .select(['id', 'app_id', 'prompt_enc'])
    .where('tenant_id', '=', tenantId)
    .where('token_hash', '=', tokenHash)
    .where('redeemed_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row && { id: row.id, appId: row.app_id, promptEnc: row.prompt_enc };
}

/** The device's user pseudonym (set at enrollment), for the hand-off record. */
export async function devicePseudonym(db: Db, tenantId: string, deviceId: string): Promise<string | null> {
  const r = await db.selectFrom('devices').select('user_pseudonym').where('tenant_id', '=', tenantId).where('device_id', '=', deviceId).executeTakeFirst();
  return r?.user_pseudonym ?? null;
}
