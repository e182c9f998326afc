import { randomBytes } from 'node:crypto';
import type { Db } from '../database';
import type { Role, TokenKind } from '../tables/core';

export const DEFAULT_TENANT = 'default';

/** First start: one tenant with its own pseudonym key. Idempotent. */
export async function ensureTenant(db: Db, id = DEFAULT_TENANT, name = 'My company'): Promise<void> {
  await db
    .insertInto('tenants')
    .values({ id, name, pseudonym_key: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

export async function getTenant(db: Db, id: string) {
  return db.selectFrom('tenants').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface TokenRow {
  tokenId: string;
  tenantId: string;
  kind: TokenKind;
  userId: string | null;
  deviceId: string | null;
  label: string;
  role: Role | null;
  email: string | null;
}

/** The live token with this hash (not revoked, not expired, user not disabled) or undefined. */
export async function findLiveToken(db: Db, tokenHash: string): Promise<TokenRow | undefined> {
  const now = new Date();
  const row = await db
    .selectFrom('api_tokens as t')
    .leftJoin('users as u', 'u.id', 't.user_id')
    .select(['t.id', 't.tenant_id', 't.kind', 't.user_id', 't.device_id', 't.label', 't.expires_at', 'u.role', 'u.email', 'u.disabled_at'])
    .where('t.token_hash', '=', tokenHash)
    .where('t.revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.expires_at && new Date(row.expires_at) <= now) return undefined;
  if (row.kind === 'session' && (!row.role || row.disabled_at)) return undefined;
  return {
    tokenId: row.id, tenantId: row.tenant_id, kind: row.kind, userId: row.user_id, deviceId: row.device_id,
    label: row.label, role: row.role, email: row.email,
  };
}

export async function insertToken(
  db: Db,
  t: { tenantId: string; kind: TokenKind; tokenHash: string; label: string; userId?: string; deviceId?: string; expiresAt?: Date },
): Promise<string> {
  const row = await db
    .insertInto('api_tokens')
    .values({
      tenant_id: t.tenantId, kind: t.kind, token_hash: t.tokenHash, label: t.label,
      user_id: t.userId ?? null, device_id: t.deviceId ?? null, expires_at: t.expiresAt ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function revokeToken(db: Db, tenantId: string, tokenId: string): Promise<boolean> {
  const r = await db
    .updateTable('api_tokens')
    .set({ revoked_at: new Date() })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', tokenId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

/** Revokes every live token of one device (re-enrollment replaces them); returns how many. */
export async function revokeDeviceTokens(db: Db, tenantId: string, deviceId: string): Promise<number> {
  const r = await db
    .updateTable('api_tokens')
    .set({ revoked_at: new Date() })
    .where('tenant_id', '=', tenantId)
    .where('kind', '=', 'device')
    .where('device_id', '=', deviceId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function listTokens(db: Db, tenantId: string, kind: TokenKind) {
  return db
    .selectFrom('api_tokens')
    .select(['id', 'label', 'device_id', 'created_at', 'expires_at', 'revoked_at'])
    .where('tenant_id', '=', tenantId)
    .where('kind', '=', kind)
    .orderBy('created_at', 'desc')
    .limit(500)
    .execute();
}

export async function insertUser(
  db: Db,
  u: { tenantId: string; email: string; displayName: string; role: Role; passwordHash: string },
): Promise<string | undefined> {
  const row = await db
    .insertInto('users')
    .values({ tenant_id: u.tenantId, email: u.email.toLowerCase(), display_name: u.displayName, role: u.role, password_hash: u.passwordHash })
    .onConflict((oc) => oc.column('email').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export async function findUserByEmail(db: Db, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
}

export async function listUsers(db: Db, tenantId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'role', 'created_at', 'disabled_at'])
    .where('tenant_id', '=', tenantId)
    .orderBy('email')
    .execute();
}

export async function countUsers(db: Db, tenantId: string): Promise<number> {
  const r = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenantId).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function insertEnrollmentSecret(db: Db, tenantId: string, secretHash: string, label: string): Promise<string> {
  const r = await db.insertInto('enrollment_secrets').values({ tenant_id: tenantId, secret_hash: secretHash, label }).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function findEnrollmentSecret(db: Db, secretHash: string) {
  return db
    .selectFrom('enrollment_secrets')
    .select(['id', 'tenant_id'])
    .where('secret_hash', '=', secretHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function listEnrollmentSecrets(db: Db, tenantId: string) {
  return db
    .selectFrom('enrollment_secrets')
    .select(['id', 'label', 'created_at', 'revoked_at'])
    .where('tenant_id', '=', tenantId)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function revokeEnrollmentSecret(db: Db, tenantId: string, id: string): Promise<boolean> {
  const r = await db
    .updateTable('enrollment_secrets')
    .set({ revoked_at: new Date() })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

export async function upsertDevice(
  db: Db,
  d: { tenantId: string; deviceId: string; browser: string; extensionVersion: string; userPseudonym: string | null },
): Promise<void> {
  const now = new Date();
  await db
    .insertInto('devices')
    .values({
      tenant_id: d.tenantId, device_id: d.deviceId, browser: d.browser, extension_version: d.extensionVersion,
      user_pseudonym: d.userPseudonym, enrolled_at: now, last_seen_at: now,
    })
    .onConflict((oc) =>
      oc.columns(['tenant_id', 'device_id']).doUpdateSet({
        browser: d.browser, extension_version: d.extensionVersion, user_pseudonym: d.userPseudonym, last_seen_at: now,
      }),
    )
    .execute();
}

export async function upsertPseudonym(db: Db, tenantId: string, pseudonym: string, identity: string, source: string): Promise<void> {
  await db
    .insertInto('pseudonyms')
    .values({ tenant_id: tenantId, pseudonym, identity, source })
    .onConflict((oc) => oc.columns(['tenant_id', 'pseudonym']).doUpdateSet({ identity, source }))
    .execute();
}

export async function findPseudonym(db: Db, tenantId: string, pseudonym: string) {
  return db
    .selectFrom('pseudonyms')
    .select(['identity', 'source', 'first_seen'])
    .where('tenant_id', '=', tenantId)
    .where('pseudonym', '=', pseudonym)
    .executeTakeFirst();
}

export async function setPassword(db: Db, userId: string, passwordHash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
}

export async function updateUser(db: Db, tenantId: string, userId: string, patch: { role?: Role | undefined; disabled?: boolean | undefined }) {
  const set: { role?: Role; disabled_at?: Date | null } = {};
  if (patch.role) set.role = patch.role;
  if (patch.disabled !== undefined) set.disabled_at = patch.disabled ? new Date() : null;
  if (Object.keys(set).length === 0) return db.selectFrom('users').select(['id', 'email', 'role', 'disabled_at']).where('tenant_id', '=', tenantId).where('id', '=', userId).executeTakeFirst();
  return db.updateTable('users').set(set).where('tenant_id', '=', tenantId).where('id', '=', userId).returning(['id', 'email', 'role', 'disabled_at']).executeTakeFirst();
}

export async function listDevices(db: Db, tenantId: string, limit: number) {
  return db
    .selectFrom('devices')
    .select(['device_id', 'browser', 'extension_version', 'enrolled_at', 'last_seen_at'])
    .where('tenant_id', '=', tenantId)
    .orderBy('last_seen_at', 'desc')
    .limit(limit)
    .execute();
}
