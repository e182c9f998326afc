// The model tier a redirect rule names for a hand-off conversation is stored with the conversation,
// so it holds after a restart and on every collector process (it lived in one process's memory).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw("alter table gateway_conversations add column model_tier text check (model_tier in ('frontier', 'worker'))").execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('alter table gateway_conversations drop column if exists model_tier').execute(db);
}
