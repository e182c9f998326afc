// Gateway tables: API tokens for /v1/messages, the encrypted placeholder vault (per conversation,
// with TTL), one-time hand-offs, budgets, usage counters and the content-free request audit.
import { type Kysely, sql } from 'kysely';

const UP = [
  `create table gateway_tokens (
     id uuid primary key default gen_random_uuid(), tenant_id text not null, token_hash text not null unique,
     user_pseudonym text not null, department text, label text not null,
     created_at timestamptz not null default now(), revoked_at timestamptz)`,
  // Sliding TTL: every use pushes expires_at; the purge deletes the conversation and its entries.
  `create table gateway_conversations (
     tenant_id text not null, id text not null, owner text not null,
     created_at timestamptz not null default now(), expires_at timestamptz not null,
     primary key (tenant_id, id))`,
  `create index gateway_conversations_expiry on gateway_conversations (expires_at)`,
  // value_enc = AES-256-GCM(iv | tag | ciphertext), AAD binds it to (tenant, conversation, placeholder).
  // key_id is an HMAC of the value: equal values meet without decrypting anything.
  `create table gateway_vault_entries (
     tenant_id text not null, conversation_id text not null, key_id text not null, placeholder text not null,
     entity text not null, value_enc bytea not null, created_at timestamptz not null default now(),
     primary key (tenant_id, conversation_id, key_id),
     unique (tenant_id, conversation_id, placeholder),
     foreign key (tenant_id, conversation_id) references gateway_conversations (tenant_id, id) on delete cascade)`,
  // The prompt waits here encrypted until redeemed once; the token is stored only as sha256.
  `create table gateway_handoffs (
     id uuid primary key, tenant_id text not null, token_hash text not null unique,
     user_pseudonym text, device_id text, app_id text not null, host text not null, decision_id uuid not null,
     prompt_enc bytea not null, entities jsonb not null, created_at timestamptz not null default now(),
     expires_at timestamptz not null, redeemed_at timestamptz, conversation_id text)`,
  `create table gateway_budgets (
     tenant_id text not null, scope text not null check (scope in ('user','department')), subject text not null,
     period text not null check (period in ('day','month')), max_tokens bigint, max_usd_micros bigint,
     updated_at timestamptz not null default now(), updated_by text not null,
     primary key (tenant_id, scope, subject))`,
  `create table gateway_usage_counters (
     tenant_id text not null, scope text not null, subject text not null, period_start date not null,
     tokens bigint not null, usd_micros bigint not null, requests integer not null,
     primary key (tenant_id, scope, subject, period_start))`,
  `create table gateway_requests (
     id uuid primary key, tenant_id text not null, at timestamptz not null, user_pseudonym text not null,
     department text, source text not null, provider text, model text, entities jsonb not null,
     input_tokens integer not null, output_tokens integer not null, cost_usd_micros bigint not null,
     latency_ms integer not null, outcome text not null, invented_placeholders integer not null,
     streamed boolean not null)`,
  `create index gateway_requests_tenant_time on gateway_requests (tenant_id, at)`,
];

const TABLES = [
  'gateway_requests', 'gateway_usage_counters', 'gateway_budgets', 'gateway_handoffs', 'gateway_vault_entries',
  'gateway_conversations', 'gateway_tokens',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of TABLES) await sql.raw(`drop table if exists ${t}`).execute(db);
}
