// Queries of the exposure capability: observations for the model, stored runs, tenant profile.
import { sql } from 'kysely';
import type { ClassObservation, DataClass, UsageObservation } from '@protocol-zero/policies';
import type { Db } from '../database';

const SENT = `('sent', 'sent_with_justification')`;
const STOPPED = `('blocked', 'redacted', 'cancelled')`;
const num = (x: unknown) => Number(x ?? 0);
const parse = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

/** Sensitive decisions of [from, to) per (app, department, data class), by outcome. */
export async function classObservations(db: Db, tenantId: string, from: Date, to: Date): Promise<ClassObservation[]> {
  const r = await sql<{ app_id: string; department: string; data_class: string; sent: number; redirected: number; stopped: number; records: number; stopped_records: number }>`
    select e.app_id, coalesce(e.department, 'unassigned') as department, c.cls as data_class,
      sum(case when e.outcome in ${sql.raw(SENT)} then 1 else 0 end)::int as sent,
      sum(case when e.outcome = 'redirected' then 1 else 0 end)::int as redirected,
      sum(case when e.outcome in ${sql.raw(STOPPED)} then 1 else 0 end)::int as stopped,
      sum(case when e.outcome in ${sql.raw(SENT)}
          then (select coalesce(sum(v::int), 0) from jsonb_each_text(e.entities) as x(k, v)) else 0 end)::int as records,
      sum(case when e.outcome not in ${sql.raw(SENT)}
          then (select coalesce(sum(v::int), 0) from jsonb_each_text(e.entities) as x(k, v)) else 0 end)::int as stopped_records
    from decision_events e cross join lateral jsonb_array_elements_text(e.classes) as c(cls)
    where e.tenant_id = ${tenantId} and e.occurred_at >= ${from} and e.occurred_at < ${to}
    group by 1, 2, 3`.execute(db);
  return r.rows.map((x) => ({ appId: x.app_id, department: x.department, dataClass: x.data_class as DataClass, sent: num(x.sent), redirected: num(x.redirected), stopped: num(x.stopped), records: num(x.records), stoppedRecords: num(x.stopped_records) }));
}

/** Distinct user-days per (app, department) seen by extensions and by sensors in [from, to). */
export async function usageObservations(db: Db, tenantId: string, from: Date, to: Date): Promise<UsageObservation[]> {
  const ext = await sql<{ app_id: string; department: string; user_days: number }>`
    select app_id, coalesce(department, 'unassigned') as department,
           count(distinct (user_pseudonym, (occurred_at at time zone 'UTC')::date))::int as user_days
    from decision_events where tenant_id = ${tenantId} and occurred_at >= ${from} and occurred_at < ${to}
    group by 1, 2`.execute(db);
  const inv = await sql<{ app_id: string; department: string; user_days: number }>`
    select app_id, coalesce(department, 'unassigned') as department, count(distinct (client, day))::int as user_days
    from inventory_daily where tenant_id = ${tenantId} and day >= ${from.toISOString().slice(0, 10)}::date and day < ${to.toISOString().slice(0, 10)}::date
    group by 1, 2`.execute(db);
  const out = new Map<string, UsageObservation>();
  const get = (appId: string, department: string) => {
    const k = `${appId}\u0000${department}`;
    let u = out.get(k);
    if (!u) out.set(k, (u = { appId, department, extensionUserDays: 0, inventoryUserDays: 0 }));
    return u;
  };
  for (const r of ext.rows) get(r.app_id, r.department).extensionUserDays = num(r.user_days);
  for (const r of inv.rows) get(r.app_id, r.department).inventoryUserDays = num(r.user_days);
  return [...out.values()];
}

/**
 * Sensitive decisions per day by outcome (redirect adoption chart): daily roll-ups for finished
 * days, raw events only for today — the overview must not scan 30 days of raw events.
 */
export async function sensitiveOutcomesByDay(db: Db, tenantId: string, from: Date, to: Date): Promise<{ day: string; redirected: number; sent: number; blocked: number }[]> {
  const today = new Date(Math.floor(to.getTime() / 86_400_000) * 86_400_000);
  const fromDay = from.toISOString().slice(0, 10);
  const todayDay = today.toISOString().slice(0, 10);
  const r = await sql<{ day: string; redirected: number; sent: number; blocked: number }>`
    select day, sum(redirected)::int as redirected, sum(sent)::int as sent, sum(blocked)::int as blocked from (
      select day::text as day,
        case when outcome = 'redirected' then events else 0 end as redirected,
        case when outcome in ${sql.raw(SENT)} then events else 0 end as sent,
        case when outcome in ${sql.raw(STOPPED)} then events else 0 end as blocked
      from event_rollups_daily
      where tenant_id = ${tenantId} and day >= ${fromDay}::date and day < ${todayDay}::date and severity <> 'none'
      union all
      select (occurred_at at time zone 'UTC')::date::text,
        case when outcome = 'redirected' then 1 else 0 end,
        case when outcome in ${sql.raw(SENT)} then 1 else 0 end,
        case when outcome in ${sql.raw(STOPPED)} then 1 else 0 end
      from decision_events
      where tenant_id = ${tenantId} and occurred_at >= ${today} and occurred_at < ${to} and severity <> 'none'
    ) u group by day order by day`.execute(db);
  return r.rows.map((x) => ({ day: x.day, redirected: num(x.redirected), sent: num(x.sent), blocked: num(x.blocked) }));
}

export async function getExposureProfile(db: Db, tenantId: string): Promise<unknown | undefined> {
  const r = await db.selectFrom('exposure_settings').select('profile').where('tenant_id', '=', tenantId).executeTakeFirst();
  return r ? parse(r.profile) : undefined;
}

export async function putExposureProfile(db: Db, tenantId: string, profile: unknown, by: string): Promise<void> {
  const now = new Date();
  await db
    .insertInto('exposure_settings')
    .values({ tenant_id: tenantId, profile: JSON.stringify(profile), updated_at: now, updated_by: by })
    .onConflict((oc) => oc.column('tenant_id').doUpdateSet({ profile: JSON.stringify(profile), updated_at: now, updated_by: by }))
    .execute();
}

export interface StoredRun<I = unknown, R = unknown> {
  id: string;
  kind: 'current' | 'weekly';
  computedAt: string;
  windowStart: string;
  windowEnd: string;
  input: I;
  result: R;
}

export async function insertExposureRun(db: Db, run: { tenantId: string; kind: 'current' | 'weekly'; windowStart: Date; windowEnd: Date; input: unknown; result: unknown }): Promise<string> {
  const r = await db
    .insertInto('exposure_runs')
    .values({ tenant_id: run.tenantId, kind: run.kind, window_start: run.windowStart, window_end: run.windowEnd, input: JSON.stringify(run.input), result: JSON.stringify(run.result) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

function toRun<I, R>(r: { id: string; kind: 'current' | 'weekly'; computed_at: Date; window_start: Date; window_end: Date; input: unknown; result: unknown }): StoredRun<I, R> {
  return {
    id: r.id, kind: r.kind, computedAt: new Date(r.computed_at).toISOString(), windowStart: new Date(r.window_start).toISOString(),
    windowEnd: new Date(r.window_end).toISOString(), input: parse<I>(r.input), result: parse<R>(r.result),
  };
}

export async function latestExposureRun<I, R>(db: Db, tenantId: string): Promise<StoredRun<I, R> | undefined> {
  const r = await db.selectFrom('exposure_runs').selectAll().where('tenant_id', '=', tenantId).where('kind', '=', 'current')
    .orderBy('computed_at', 'desc').limit(1).executeTakeFirst();
  return r ? toRun<I, R>(r) : undefined;
}

/**
 * The weekly runs of one compute (those stored at or after `since`, the compute's current run),
 * newest per window end, oldest first: windows of different computes end at different instants
 * and must not be mixed into one trend.
 */
export async function weeklyExposureRuns<R>(db: Db, tenantId: string, since: Date, limit = 12): Promise<StoredRun<unknown, R>[]> {
  const rows = await db.selectFrom('exposure_runs').selectAll().where('tenant_id', '=', tenantId).where('kind', '=', 'weekly')
    .where('computed_at', '>=', since)
    .orderBy('window_end', 'desc').orderBy('computed_at', 'desc').limit(limit * 4).execute();
  const seen = new Set<string>();
  const out: StoredRun<unknown, R>[] = [];
  for (const r of rows) {
    const k = new Date(r.window_end).toISOString();
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ ...toRun<unknown, R>(r), input: null });
    if (out.length >= limit) break;
  }
  return out.reverse();
}

/** Keeps the newest `keep` runs of each kind (runs are recomputed every few hours). */
export async function pruneExposureRuns(db: Db, tenantId: string, keep = 50): Promise<void> {
  for (const kind of ['current', 'weekly'] as const) {
    const cutoff = await db.selectFrom('exposure_runs').select('computed_at').where('tenant_id', '=', tenantId).where('kind', '=', kind)
      .orderBy('computed_at', 'desc').offset(keep).limit(1).executeTakeFirst();
    if (cutoff) await db.deleteFrom('exposure_runs').where('tenant_id', '=', tenantId).where('kind', '=', kind).where('computed_at', '<=', cutoff.computed_at).execute();
  }
}

export async function listTenantIds(db: Db): Promise<string[]> {
  return (await db.selectFrom('tenants').select('id').execute()).map((r) => r.id);
}

/** When the install first saw a decision (trend windows before it would be partial). */
export async function firstDecisionAt(db: Db, tenantId: string): Promise<Date | undefined> {
  const r = await db.selectFrom('decision_events').select((eb) => eb.fn.min('occurred_at').as('t')).where('tenant_id', '=', tenantId).executeTakeFirst();
  return r?.t ? new Date(r.t as Date) : undefined;
}
