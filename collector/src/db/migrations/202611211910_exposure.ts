// Exposure: the tenant's model profile (industry, revenue, regimes) and stored model runs. A run
// keeps its input so what-ifs replay the same observations, and its result so the console and the
// board report read one number instead of recomputing it.
import { type Kysely, sql } from 'kysely';

const UP = [
  `create table exposure_settings (
     tenant_id text primary key, profile jsonb not null,
     updated_at timestamptz not null default now(), updated_by text not null)`,
  `create table exposure_runs (
     id uuid primary key default gen_random_uuid(), tenant_id text not null,
     kind text not null check (kind in ('current', 'weekly')),
     computed_at timestamptz not null default now(),
     window_start timestamptz not null, window_end timestamptz not null,
     input jsonb not null, result jsonb not null)`,
  `create index exposure_runs_latest on exposure_runs (tenant_id, kind, window_end desc, computed_at desc)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['exposure_runs', 'exposure_settings']) await sql.raw(`drop table if exists ${t}`).execute(db);
}
