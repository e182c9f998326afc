// The same 10k events sent three times, split into different batch sizes, all at once: exactly 10k rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DecisionEvent } from '@protocol-zero/policies';
import { countDecisionEvents } from '../db/repositories/events';
import { startTestApp, TARGETS, type TestApp } from '../testing/harness';
import { batch, makeEvents, makeInventoryRow, makeSensorBatch } from '../testing/fixtures';

function split<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function shuffled<T>(items: T[], seed: number): T[] {
  const a = [...items];
  let s = seed;
  for (let i = a.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

describe.each(TARGETS)('ingest idempotency on $name', (target) => {
  let t: TestApp;
  let device: string;
  beforeAll(async () => {
    t = await startTestApp(target, { PZ_INGEST_RATE_PER_MINUTE: '100000' });
    device = await t.tokenFor('device');
  });
  afterAll(async () => t?.close());

  it('stores 10k events exactly once when sent 3× concurrently in different splits', async () => {
    const events = makeEvents('idem', 10_000);
    const sends: DecisionEvent[][] = [...split(events, 500), ...split(shuffled(events, 7), 333), ...split(shuffled(events, 11), 1000)];
    const acks = await Promise.all(
      shuffled(sends, 3).map(async (chunk) => {
        const r = await t.app.inject({ method: 'POST', url: '/v1/events', payload: batch(chunk), headers: { authorization: `Bearer ${device}` } });
        expect(r.statusCode).toBe(200);
        return r.json() as { accepted: number; duplicates: number };
      }),
    );
    expect(await countDecisionEvents(t.app.db)).toBe(10_000);
    expect(acks.reduce((s, a) => s + a.accepted, 0)).toBe(10_000);
    expect(acks.reduce((s, a) => s + a.duplicates, 0)).toBe(20_000);
  });

  it('counts a repeated id inside one batch as a duplicate', async () => {
    const [e] = makeEvents('twice', 1);
    const r = await t.app.inject({ method: 'POST', url: '/v1/events', payload: batch([e!, e!]), headers: { authorization: `Bearer ${device}` } });
    expect(r.json()).toEqual({ accepted: 1, duplicates: 1 });
  });

  it('applies a sensor batch once: a retried batch id is acknowledged as duplicate and adds nothing', async () => {
    const sensor = await t.tokenFor('sensor');
    const day = new Date().toISOString().slice(0, 10);
    const rows = [makeInventoryRow(0, day), makeInventoryRow(0, day), makeInventoryRow(1, day)];
    const body = makeSensorBatch('sensor-idem', rows);
    const send = () => t.app.inject({ method: 'POST', url: '/v1/sensor/batches', payload: body, headers: { authorization: `Bearer ${sensor}` } });
    const results = await Promise.all([send(), send(), send()]);
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    expect(results.map((r) => r.json().duplicate).sort()).toEqual([false, true, true]);
    const admin = await t.tokenFor('admin');
    const apps = (await t.app.inject({ url: '/v1/apps', headers: { authorization: `Bearer ${admin}` } })).json();
    const chatgpt = apps.apps.find((a: { appId: string }) => a.appId === 'chatgpt');
    // Row 0 twice in one batch merges: (1000 + 5000) × 2 bytes, one client.
    expect(chatgpt).toMatchObject({ clients: 1, sources: expect.arrayContaining(['sensor']) });
    expect(chatgpt.bytes).toBeGreaterThanOrEqual(12_000);
    expect(apps.unknownHosts).toEqual([expect.objectContaining({ host: 'llm.internal.example', hits: 4 })]);
  });
});
