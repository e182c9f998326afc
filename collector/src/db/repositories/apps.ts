import { sql } from 'kysely';
import type { Db } from '../database';

export interface AppUsage {
  appId: string;
  events: number;
  blocked: number;
  redirected: number;
  users: number; // extension: max distinct users on any day (distinct counts do not add up across days)
  bytes: number; // prompt bytes (extension) + bytes up/down (sensor)
  clients: number; // sensor: distinct clients
  firstDay: string;
  lastDay: string;
  sources: string[];
}

/**
 * Usage per app since `fromDay`: decision roll-ups for finished days, raw events for today (not yet
 * rolled up), and sensor inventory. One query per source; merged here.
 */
export async function appUsage(db: Db, tenantId: string, fromDay: string, today: string): Promise<AppUsage[]> {
  const todayStart = new Date(`${today}T00:00:00Z`);
  const ext = await sql<{ app_id: string; events: number; blocked: number; redirected: number; bytes: number; first_day: string; last_day: string }>`
    select app_id, sum(events)::int as events, sum(blocked)::int as blocked, sum(redirected)::int as redirected,
           sum(bytes)::float8 as bytes, min(day)::text as first_day, max(day)::text as last_day
    from (
      select app_id, day, events, case when action = 'block' then events else 0 end as blocked,
             case when outcome = 'redirected' then events else 0 end as redirected, bytes
      from event_rollups_daily where tenant_id = ${tenantId} and day >= ${fromDay}::date and day < ${today}::date
      union all
      select app_id, (occurred_at at time zone 'UTC')::date, 1, case when action = 'block' then 1 else 0 end,
             case when outcome = 'redirected' then 1 else 0 end, size_bytes
      from decision_events where tenant_id = ${tenantId} and occurred_at >= ${todayStart}
    ) u group by app_id`.execute(db);
  const users = await sql<{ app_id: string; users: number }>`
    select app_id, max(users)::int as users from (
      select app_id, users from app_users_daily where tenant_id = ${tenantId} and day >= ${fromDay}::date and day < ${today}::date
      union all
      select app_id, count(distinct user_pseudonym)::int from decision_events
      where tenant_id = ${tenantId} and occurred_at >= ${todayStart} group by app_id
    ) u group by app_id`.execute(db);
  const inv = await sql<{ app_id: string; bytes: number; clients: number; first_day: string; last_day: string }>`
    select app_id, sum(bytes_up + bytes_down)::float8 as bytes, count(distinct client)::int as clients,
           min(day)::text as first_day, max(day)::text as last_day
    from inventory_daily where tenant_id = ${tenantId} and day >= ${fromDay}::date group by app_id`.execute(db);

  const out = new Map<string, AppUsage>();
  const get = (appId: string) => {
    let a = out.get(appId);
    if (!a) out.set(appId, (a = { appId, events: 0, blocked: 0, redirected: 0, users: 0, bytes: 0, clients: 0, firstDay: '9999-12-31', lastDay: '0000-01-01', sources: [] }));
    return a;
  };
  for (const r of ext.rows) {
    const a = get(r.app_id);
    Object.assign(a, { events: Number(r.events), blocked: Number(r.blocked), redirected: Number(r.redirected) });
    a.bytes += Number(r.bytes);
    a.firstDay = r.first_day < a.firstDay ? r.first_day : a.firstDay;
    a.lastDay = r.last_day > a.lastDay ? r.last_day : a.lastDay;
    a.sources.push('extension');
  }
  for (const r of users.rows) get(r.app_id).users = Number(r.users);
  for (const r of inv.rows) {
    const a = get(r.app_id);
    a.bytes += Number(r.bytes);
    a.clients = Number(r.clients);
    a.firstDay = r.first_day < a.firstDay ? r.first_day : a.firstDay;
    a.lastDay = r.last_day > a.lastDay ? r.last_day : a.lastDay;
    a.sources.push('sensor');
  }
  return [...out.values()];
}

export async function listAppOverrides(db: Db, tenantId: string) {
  return db.selectFrom('app_overrides').selectAll().where('tenant_id', '=', tenantId).execute();
}

export async function upsertAppOverride(db: Db, o: { tenantId: string; appId: string; tier: string; note: string; by: string }): Promise<void> {
  const now = new Date();
  await db
    .insertInto('app_overrides')
    .values({ tenant_id: o.tenantId, app_id: o.appId, tier: o.tier, note: o.note, updated_at: now, updated_by: o.by })
    .onConflict((oc) => oc.columns(['tenant_id', 'app_id']).doUpdateSet({ tier: o.tier, note: o.note, updated_at: now, updated_by: o.by }))
    .execute();
}
