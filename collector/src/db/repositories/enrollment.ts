import { randomUUID } from 'node:crypto';
import type { Db } from '../database';

/** The tenant's current MDM kit secret row, with its hash; undefined if none or revoked. */
export async function currentKitSecret(db: Db, tenantId: string) {
  return db
    .selectFrom('enrollment_kits as k')
    .innerJoin('enrollment_secrets as s', 's.id', 'k.secret_id')
    .select(['s.id', 's.secret_hash', 'k.rotated_at'])
    .where('k.tenant_id', '=', tenantId)
    .where('s.revoked_at', 'is', null)
    .executeTakeFirst();
}

/**
 * Makes a new enrollment secret row the tenant's kit secret; `hashOf(id)` gives its hash (the value is
 * derived from the row id). Revokes the previous kit secret, if any, and returns both ids. One
 * transaction: the row lock on enrollment_kits makes concurrent rotations queue, not interleave.
 */
export async function rotateKitSecret(db: Db, tenantId: string, actor: string, hashOf: (id: string) => string): Promise<{ id: string; previousId: string | undefined }> {
  return db.transaction().execute(async (tx) => {
    const previous = await tx.selectFrom('enrollment_kits').select('secret_id').where('tenant_id', '=', tenantId).forUpdate().executeTakeFirst();
    const id = randomUUID();
    await tx.insertInto('enrollment_secrets').values({ id, tenant_id: tenantId, secret_hash: hashOf(id), label: `mdm-kit ${new Date().toISOString().slice(0, 10)}` }).execute();
    await tx
      .insertInto('enrollment_kits')
      .values({ tenant_id: tenantId, secret_id: id, rotated_by: actor })
      .onConflict((oc) => oc.column('tenant_id').doUpdateSet({ secret_id: id, rotated_at: new Date(), rotated_by: actor }))
      .execute();
    if (previous) await tx.updateTable('enrollment_secrets').set({ revoked_at: new Date() }).where('id', '=', previous.secret_id).where('revoked_at', 'is', null).execute();
    return { id, previousId: previous?.secret_id };
  });
}
