// Events older than the retention window arrive after their day was rolled up and its raw events
// deleted. They must not change that day's final roll-up: ingest rejects them with `event_too_old`
// (and stores the rest of the batch), so retention never re-rolls a finished day from stragglers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertDecisionEvents } from '../db/repositories/events';
import { DEFAULT_TENANT } from '../db/repositories/identity';
import { startOfUtcDay, utcDay } from '../db/repositories/rollups';
import { startTestApp, TARGETS, type TestApp } from '../testing/harness';
import { batch, makeEvent } from '../testing/fixtures';

const DAY_MS = 86_400_000;
const RETENTION_DAYS = 30;

describe.each(TARGETS)('late events and roll-ups on $name', (target) => {
  let t: TestApp;
  let device: string;
  beforeAll(async () => {
    t = await startTestApp(target, { PZ_RETENTION_DAYS: String(RETENTION_DAYS) });
    device = await t.tokenFor('device');
  });
  afterAll(async () => t?.close());

  const today = startOfUtcDay(new Date()).getTime();
  const at = (daysAgo: number, k: number) => new Date(today - daysAgo * DAY_MS + 3_600_000 + k * 1000);
  const rolledUp = async (daysAgo: number) => {
    const r = await t.app.db.selectFrom('event_rollups_daily').select((eb) => eb.fn.sum<number>('events').as('n')).where('day', '=', utcDay(new Date(today - daysAgo * DAY_MS))).executeTakeFirst();
    return Number(r?.n ?? 0);
  };

  it('keeps a finished day\'s roll-up when stragglers for that day arrive later', async () => {
    // History from before: 12 events on a day now outside the window, rolled up and deleted by retention.
    const oldDay = RETENTION_DAYS + 5;
    const history = Array.from({ length: 12 }, (_, k) => makeEvent('history', k, at(oldDay, k)));
    await insertDecisionEvents(t.app.db, DEFAULT_TENANT, 'laptop-old', history);
    const first = (await t.app.jobs.run('retention', {})) as { deleted: number };
    expect(first.deleted).toBe(12);
    expect(await rolledUp(oldDay)).toBe(12);

    // An outbox flushed after a long time offline: 3 stragglers for that day, 2 for the window's first day, 4 fresh.
    const late = Array.from({ length: 3 }, (_, k) => makeEvent('late', k, at(oldDay, k)));
    const edge = Array.from({ length: 2 }, (_, k) => makeEvent('edge', k, at(RETENTION_DAYS, k)));
    const fresh = Array.from({ length: 4 }, (_, k) => makeEvent('fresh', k, at(0, k)));
    const r = await t.app.inject({ method: 'POST', url: '/v1/events', headers: { authorization: `Bearer ${device}` }, payload: batch([fresh[0]!, ...late, ...edge, ...fresh.slice(1)]) });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ accepted: 6, duplicates: 0, rejected: late.map((e) => ({ id: e.id, code: 'event_too_old' })) });

    // A retry of the same batch: the stored ones are duplicates, the old ones still rejected.
    const again = await t.app.inject({ method: 'POST', url: '/v1/events', headers: { authorization: `Bearer ${device}` }, payload: batch([...late, ...fresh]) });
    expect(again.json()).toEqual({ accepted: 0, duplicates: 4, rejected: late.map((e) => ({ id: e.id, code: 'event_too_old' })) });

    await t.app.jobs.run('retention', {});
    await t.app.jobs.run('rollup', { days: RETENTION_DAYS });
    expect(await rolledUp(oldDay)).toBe(12);
    expect(await rolledUp(0)).toBe(4);
    const stored = await t.app.db.selectFrom('decision_events').select('id').where('id', 'in', [...late, ...edge].map((e) => e.id)).execute();
    expect(stored.map((s) => s.id).sort()).toEqual(edge.map((e) => e.id).sort());
  });

  it('answers a batch of only too-old events with 200, nothing accepted, every event named', async () => {
    const old = Array.from({ length: 2 }, (_, k) => makeEvent('only-old', k, at(RETENTION_DAYS + 1, k)));
    const r = await t.app.inject({ method: 'POST', url: '/v1/events', headers: { authorization: `Bearer ${device}` }, payload: batch(old) });
    expect(r.json()).toEqual({ accepted: 0, duplicates: 0, rejected: old.map((e) => ({ id: e.id, code: 'event_too_old' })) });
  });
});
