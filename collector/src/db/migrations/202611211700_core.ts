// Core tables: tenants, identity, policy versions, decision events (+ daily roll-ups), sensor
// inventory, app sanction overrides, audit log.
import { type Kysely, sql } from 'kysely';

const UP = [
  `create table tenants (
     id text primary key, name text not null, pseudonym_key text not null,
     created_at timestamptz not null default now())`,
  `create table enrollment_secrets (
     id uuid primary key default gen_random_uuid(), tenant_id text not null references tenants(id),
     secret_hash text not null unique, label text not null, created_at timestamptz not null default now(),
     revoked_at timestamptz)`,
  `create table users (
     id uuid primary key default gen_random_uuid(), tenant_id text not null references tenants(id),
     email text not null unique, display_name text not null,
     role text not null check (role in ('admin','analyst','executive','employee')),
     password_hash text not null, created_at timestamptz not null default now(), disabled_at timestamptz)`,
  `create table api_tokens (
     id uuid primary key default gen_random_uuid(), tenant_id text not null references tenants(id),
     kind text not null check (kind in ('session','device','sensor')), token_hash text not null unique,
     user_id uuid references users(id), device_id text, label text not null,
     created_at timestamptz not null default now(), expires_at timestamptz, revoked_at timestamptz)`,
  `create table devices (
     tenant_id text not null references tenants(id), device_id text not null, browser text not null,
     extension_version text not null, user_pseudonym text, enrolled_at timestamptz not null,
     last_seen_at timestamptz not null, primary key (tenant_id, device_id))`,
  `create table pseudonyms (
     tenant_id text not null references tenants(id), pseudonym text not null, identity text not null,
     source text not null, first_seen timestamptz not null default now(), primary key (tenant_id, pseudonym))`,
  `create table policy_versions (
     tenant_id text not null references tenants(id), version integer not null, policy jsonb not null,
     etag text not null, created_at timestamptz not null default now(), created_by text not null,
     comment text not null default '', primary key (tenant_id, version))`,
  // Idempotency key is the device-minted uuid; time-range reads go through the (tenant, time) indexes.
  `create table decision_events (
     id uuid primary key, tenant_id text not null, received_at timestamptz not null default now(),
     occurred_at timestamptz not null, device_id text not null, user_pseudonym text not null,
     department text, app_id text not null, host text not null, channel text not null, tier text not null,
     action text not null, outcome text not null, rule_id text, policy_version integer not null,
     entities jsonb not null, classes jsonb not null, severity text not null, size_bytes bigint not null,
     file_type text, file_size bigint, justification text, handoff_id uuid)`,
  `create index decision_events_tenant_time on decision_events (tenant_id, occurred_at)`,
  `create index decision_events_tenant_app_time on decision_events (tenant_id, app_id, occurred_at)`,
  `create table event_rollups_daily (
     tenant_id text not null, day date not null, app_id text not null, action text not null,
     outcome text not null, severity text not null, events integer not null, bytes bigint not null,
     primary key (tenant_id, day, app_id, action, outcome, severity))`,
  `create table app_users_daily (
     tenant_id text not null, day date not null, app_id text not null, users integer not null,
     primary key (tenant_id, day, app_id))`,
  `create table sensor_batches (
     tenant_id text not null, batch_id text not null, sensor_id text not null, format text not null,
     rows integer not null, stats jsonb not null, received_at timestamptz not null default now(),
     primary key (tenant_id, batch_id))`,
  `create table inventory_daily (
     tenant_id text not null, day date not null, app_id text not null, host text not null, client text not null,
     department text, dns_queries bigint not null, tls_handshakes bigint not null, quic_handshakes bigint not null,
     http_requests bigint not null, bytes_up bigint not null, bytes_down bigint not null,
     first_seen timestamptz not null, last_seen timestamptz not null,
     primary key (tenant_id, day, app_id, host, client))`,
  `create table unknown_hosts (
     tenant_id text not null, host text not null, reason text not null, hits bigint not null,
     first_seen timestamptz not null, last_seen timestamptz not null, primary key (tenant_id, host))`,
  `create table app_overrides (
     tenant_id text not null, app_id text not null, tier text not null, note text not null,
     updated_at timestamptz not null, updated_by text not null, primary key (tenant_id, app_id))`,
  `create table audit_log (
     id bigserial primary key, tenant_id text not null, at timestamptz not null default now(),
     actor text not null, action text not null, target text not null, reason text, details jsonb not null)`,
  `create index audit_log_tenant_time on audit_log (tenant_id, at)`,
];

const TABLES = [
  'audit_log', 'app_overrides', 'unknown_hosts', 'inventory_daily', 'sensor_batches', 'app_users_daily',
  'event_rollups_daily', 'decision_events', 'policy_versions', 'pseudonyms', 'devices', 'api_tokens', 'users',
  'enrollment_secrets', 'tenants',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of TABLES) await sql.raw(`drop table if exists ${t}`).execute(db);
}
