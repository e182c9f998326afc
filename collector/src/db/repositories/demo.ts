// The demo company needs a history: its policy versions and exposure must look 30 days old.
import type { Db } from '../database';

export async function backdatePolicyVersion(db: Db, tenantId: string, version: number, at: Date): Promise<void> {
  await db.updateTable('policy_versions').set({ created_at: at } as never).where('tenant_id', '=', tenantId).where('version', '=', version).execute();
}

export async function countDecisionEvents(db: Db, tenantId: string): Promise<number> {
  const r = await db.selectFrom('decision_events').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenantId).executeTakeFirst();
  return Number(r?.n ?? 0);
}

export async function setTenantName(db: Db, tenantId: string, name: string): Promise<void> {
  await db.updateTable('tenants').set({ name }).where('id', '=', tenantId).execute();
}
