// A new conversation and its first vault entries are written by one statement (claim + insert,
// see repositories/gateway-vault.ts). The entries' foreign key is checked at commit, when the
// conversation row written beside them is visible; an immediate check runs too early for that.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw('alter table gateway_vault_entries alter constraint gateway_vault_entries_tenant_id_conversation_id_fkey deferrable initially deferred').execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('alter table gateway_vault_entries alter constraint gateway_vault_entries_tenant_id_conversation_id_fkey not deferrable').execute(db);
}
