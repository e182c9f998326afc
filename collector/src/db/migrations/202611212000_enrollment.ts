// The MDM kit's enrollment secret: one current secret per tenant, reused by every kit download until an
// admin rotates it. Only the pointer is stored; the value is derived with a key kept outside the
// database (identity/kit-secret.ts), and enrollment_secrets keeps only its hash as for every secret.
import { type Kysely, sql } from 'kysely';

const UP = [
  `create table enrollment_kits (
     tenant_id text primary key references tenants(id),
     secret_id uuid not null references enrollment_secrets(id),
     rotated_at timestamptz not null default now(), rotated_by text not null)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table if exists enrollment_kits').execute(db);
}
