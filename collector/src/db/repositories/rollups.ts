import { sql } from 'kysely';
import type { Db } from '../database';

const DAY_MS = 86_400_000;

export function utcDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function startOfUtcDay(d: Date): Date {
  return new Date(Math.floor(d.getTime() / DAY_MS) * DAY_MS);
}

/**
 * Recomputes the daily roll-ups of [fromDay, toDay] (inclusive, UTC) from raw events. Idempotent;
 * callers must only pass days whose raw events are all still present (see retention).
 */
export async function rollupDays(db: Db, fromDay: string, toDay: string): Promise<{ rows: number }> {
  const from = new Date(`${fromDay}T00:00:00Z`);
  const to = new Date(new Date(`${toDay}T00:00:00Z`).getTime() + DAY_MS);
  return db.transaction().execute(async (tx) => {
    await tx.deleteFrom('event_rollups_daily').where('day', '>=', fromDay).where('day', '<=', toDay).execute();
    await tx.deleteFrom('app_users_daily').where('day', '>=', fromDay).where('day', '<=', toDay).execute();
    const r = await sql`
      insert into event_rollups_daily (tenant_id, day, app_id, action, outcome, severity, events, bytes)
      select tenant_id, (occurred_at at time zone 'UTC')::date, app_id, action, outcome, severity,
             count(*)::int, coalesce(sum(size_bytes), 0)::bigint
      from decision_events where occurred_at >= ${from} and occurred_at < ${to}
      group by 1, 2, 3, 4, 5, 6`.execute(tx);
    await sql`
      insert into app_users_daily (tenant_id, day, app_id, users)
      select tenant_id, (occurred_at at time zone 'UTC')::date, app_id, count(distinct user_pseudonym)::int
      from decision_events where occurred_at >= ${from} and occurred_at < ${to}
      group by 1, 2, 3`.execute(tx);
    return { rows: Number(r.numAffectedRows ?? 0n) };
  });
}

/** Rolls up, then deletes, raw events older than the cutoff day (whole UTC days only). */
export async function applyRetention(db: Db, retentionDays: number, now = new Date()): Promise<{ deleted: number; cutoffDay: string }> {
  const cutoff = new Date(startOfUtcDay(now).getTime() - retentionDays * DAY_MS);
  const oldest = await db.selectFrom('decision_events').select((eb) => eb.fn.min('occurred_at').as('t')).executeTakeFirst();
  if (!oldest?.t || new Date(oldest.t) >= cutoff) return { deleted: 0, cutoffDay: utcDay(cutoff) };
  await rollupDays(db, utcDay(new Date(oldest.t)), utcDay(new Date(cutoff.getTime() - DAY_MS)));
  const r = await db.deleteFrom('decision_events').where('occurred_at', '<', cutoff).executeTakeFirst();
  return { deleted: Number(r.numDeletedRows), cutoffDay: utcDay(cutoff) };
}
