import { sql } from 'kysely';
import type { DecisionEvent } from '@protocol-zero/policies';
import type { Db } from '../database';

/**
 * One statement for the whole batch: rows travel as ONE jsonb parameter and are expanded by
 * jsonb_to_recordset, so a 1000-event batch is one round trip with no 65k-parameter limit.
 * ON CONFLICT (id) DO NOTHING makes a retried event a no-op; RETURNING tells new from duplicate.
 * Rows go in id order: two concurrent batches sharing ids then lock them in the same order and
 * wait for each other instead of deadlocking.
 */
export async function insertDecisionEvents(db: Db, tenantId: string, deviceId: string, events: readonly DecisionEvent[]): Promise<string[]> {
  const rows = events.map((e) => ({
    id: e.id, occurred_at: e.occurredAt, user_pseudonym: e.user, department: e.department ?? null, app_id: e.appId,
    host: e.host, channel: e.channel, tier: e.tier, action: e.action, outcome: e.outcome, rule_id: e.ruleId,
    policy_version: e.policyVersion, entities: e.entities, classes: e.classes, severity: e.severity,
    size_bytes: e.sizeBytes, file_type: e.file?.type ?? null, file_size: e.file?.sizeBytes ?? null,
    justification: e.justification ?? null, handoff_id: e.handoffId ?? null,
  }));
  const r = await sql<{ id: string }>`
    insert into decision_events (id, tenant_id, device_id, occurred_at, user_pseudonym, department, app_id, host,
      channel, tier, action, outcome, rule_id, policy_version, entities, classes, severity, size_bytes, file_type,
      file_size, justification, handoff_id)
    select x.id, ${tenantId}, ${deviceId}, x.occurred_at, x.user_pseudonym, x.department, x.app_id, x.host, x.channel,
      x.tier, x.action, x.outcome, x.rule_id, x.policy_version, x.entities, x.classes, x.severity, x.size_bytes,
      x.file_type, x.file_size, x.justification, x.handoff_id
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(id uuid, occurred_at timestamptz, user_pseudonym text,
      department text, app_id text, host text, channel text, tier text, action text, outcome text, rule_id text,
      policy_version integer, entities jsonb, classes jsonb, severity text, size_bytes bigint, file_type text,
      file_size bigint, justification text, handoff_id uuid)
    order by x.id
    on conflict (id) do nothing
    returning id`.execute(db);
  return r.rows.map((x) => x.id);
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
