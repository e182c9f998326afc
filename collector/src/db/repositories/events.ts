import type postgres from 'postgres';
import type { DecisionEvent } from '@protocol-zero/policies';
import type { Db } from '../database';
import { arrayLiteral as a, el, num, opt, runStatement } from '../statement';

const INSERT_EVENTS = `
  insert into decision_events (id, tenant_id, device_id, occurred_at, user_pseudonym, department, app_id, host,
    channel, tier, action, outcome, rule_id, policy_version, entities, classes, severity, size_bytes, file_type,
    file_size, justification, handoff_id)
  select x.id, $1, $2, x.occurred_at, x.user_pseudonym, x.department, x.app_id, x.host, x.channel,
    x.tier, x.action, x.outcome, x.rule_id, x.policy_version, x.entities, x.classes, x.severity, x.size_bytes,
    x.file_type, x.file_size, x.justification, x.handoff_id
  from unnest($3::uuid[], $4::timestamptz[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
    $11::text[], $12::text[], $13::text[], $14::integer[], $15::jsonb[], $16::jsonb[], $17::text[], $18::bigint[],
    $19::text[], $20::bigint[], $21::text[], $22::uuid[])
    as x(id, occurred_at, user_pseudonym, department, app_id, host, channel, tier, action, outcome, rule_id,
      policy_version, entities, classes, severity, size_bytes, file_type, file_size, justification, handoff_id)
  order by x.id
  on conflict (id) do nothing
  returning id`;

/**
 * One statement for the whole batch: each column travels as ONE array-literal text parameter and
 * `unnest` zips them back into rows — one round trip, no 65k-parameter limit, no per-event objects,
 * and cheaper for PostgreSQL to decode than a jsonb document of the same rows (bench/ingest.ts: CPU per
 * event of collector and PostgreSQL). The literals are built here, not by a driver, so PostgreSQL and
 * PGlite receive the same text. With the postgres.js client (`pg`) the statement is a named prepared
 * statement: Kysely's driver sends every query unprepared, which costs a Parse/Describe round trip and
 * a re-plan per batch. ON CONFLICT (id) DO NOTHING makes a retried event a no-op; RETURNING tells new
 * from duplicate. Rows go in id order: two concurrent batches sharing ids then lock them in the same
 * order and wait for each other instead of deadlocking.
 */
export async function insertDecisionEvents(
  db: Db, tenantId: string, deviceId: string, events: readonly DecisionEvent[], pg?: postgres.Sql,
): Promise<string[]> {
  const n = events.length;
  const col = () => new Array<string>(n);
  const id = col(), at = col(), user = col(), dept = col(), app = col(), host = col(), channel = col(), tier = col();
  const action = col(), outcome = col(), rule = col(), version = col(), entities = col(), classes = col(), severity = col();
  const size = col(), fileType = col(), fileSize = col(), reason = col(), handoff = col();
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    id[i] = el(e.id);
    at[i] = el(e.occurredAt);
    user[i] = el(e.user);
    dept[i] = opt(e.department);
    app[i] = el(e.appId);
    host[i] = el(e.host);
    channel[i] = el(e.channel);
    tier[i] = el(e.tier);
    action[i] = el(e.action);
    outcome[i] = el(e.outcome);
    rule[i] = opt(e.ruleId);
    version[i] = num(e.policyVersion);
    entities[i] = el(JSON.stringify(e.entities));
    classes[i] = el(JSON.stringify(e.classes));
    severity[i] = el(e.severity);
    size[i] = num(e.sizeBytes);
    fileType[i] = opt(e.file?.type);
    fileSize[i] = num(e.file?.sizeBytes);
    reason[i] = opt(e.justification);
    handoff[i] = opt(e.handoffId);
  }
  const params = [
    tenantId, deviceId, a(id), a(at), a(user), a(dept), a(app), a(host), a(channel), a(tier), a(action), a(outcome), a(rule),
    a(version), a(entities), a(classes), a(severity), a(size), a(fileType), a(fileSize), a(reason), a(handoff),
  ];
  return (await runStatement<{ id: string }>(db, pg, INSERT_EVENTS, params)).map((x) => x.id);
}

export async function touchDevice(db: Db, tenantId: string, deviceId: string): Promise<void> {
  await db.updateTable('devices').set({ last_seen_at: new Date() }).where('tenant_id', '=', tenantId).where('device_id', '=', deviceId).execute();
}

export async function countDecisionEvents(db: Db, tenantId?: string): Promise<number> {
  let q = db.selectFrom('decision_events').select((eb) => eb.fn.countAll<number>().as('n'));
  if (tenantId) q = q.where('tenant_id', '=', tenantId);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

export interface EventFilter {
  from?: string | undefined;
  to?: string | undefined;
  appId?: string | undefined;
  user?: string | undefined;
  action?: string | undefined;
  outcome?: string | undefined;
  minSeverity?: readonly string[] | undefined; // severities at or above the requested one
  /** Keyset cursor: (occurred_at, id) of the last row of the previous page. */
  cursor?: { occurredAt: string; id: string } | undefined;
  limit: number;
}

export async function listDecisionEvents(db: Db, tenantId: string, f: EventFilter) {
  let q = db
    .selectFrom('decision_events')
    .select([
      'id', 'occurred_at', 'received_at', 'device_id', 'user_pseudonym', 'department', 'app_id', 'host', 'channel', 'tier',
      'action', 'outcome', 'rule_id', 'policy_version', 'entities', 'classes', 'severity', 'size_bytes', 'file_type',
      'file_size', 'justification', 'handoff_id',
    ])
    .where('tenant_id', '=', tenantId)
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .limit(f.limit);
  if (f.from) q = q.where('occurred_at', '>=', new Date(f.from));
  if (f.to) q = q.where('occurred_at', '<', new Date(f.to));
  if (f.appId) q = q.where('app_id', '=', f.appId);
  if (f.user) q = q.where('user_pseudonym', '=', f.user);
  if (f.action) q = q.where('action', '=', f.action);
  if (f.outcome) q = q.where('outcome', '=', f.outcome);
  if (f.minSeverity) q = q.where('severity', 'in', [...f.minSeverity]);
  if (f.cursor) {
    const c = f.cursor;
    q = q.where((eb) => eb.or([eb('occurred_at', '<', new Date(c.occurredAt)), eb.and([eb('occurred_at', '=', new Date(c.occurredAt)), eb('id', '<', c.id)])]));
  }
  return q.execute();
}

/** Content summaries of the last N days, for replaying a draft policy (simulate). */
export async function decisionSummariesSince(db: Db, tenantId: string, since: Date, limit: number) {
  return db
    .selectFrom('decision_events')
    .select(['id', 'app_id', 'channel', 'tier', 'action', 'entities', 'classes', 'severity', 'department', 'user_pseudonym'])
    .where('tenant_id', '=', tenantId)
    .where('occurred_at', '>=', since)
    .orderBy('occurred_at', 'desc')
    .limit(limit)
    .execute();
}
