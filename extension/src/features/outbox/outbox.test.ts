import type { DecisionEvent, EventBatch } from '@protocol-zero/policies';
import { EventBatchSchema } from '@protocol-zero/policies';
import { describe, expect, it } from 'vitest';
import { backoffMs, Outbox, type KeyValue, type SendResult } from './outbox';

function memoryKv(): KeyValue & { data: Map<string, unknown>; writes: number } {
  const data = new Map<string, unknown>();
  const kv = {
    data,
    writes: 0,
    get: async <T>(k: string) => structuredClone(data.get(k)) as T | undefined,
    set: async (k: string, v: unknown) => {
      kv.writes++;
      data.set(k, structuredClone(v));
    },
  };
  return kv;
}

let n = 0;
function event(): DecisionEvent {
  n++;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    occurredAt: '2026-01-01T00:00:00.000Z', deviceId: 'device-1', user: 'ab'.repeat(8), appId: 'chatgpt', host: 'chatgpt.com',
    channel: 'prompt', tier: 'unsanctioned', action: 'allow', outcome: 'sent', ruleId: null, policyVersion: 1,
    entities: {}, classes: [], severity: 'none', sizeBytes: 10,
  };
}

function collector(script: SendResult[]) {
  const received: DecisionEvent[] = [];
  const send = async (b: EventBatch) => {
    EventBatchSchema.parse(b);
    const r = script.shift() ?? 'ok';
    if (r === 'ok') received.push(...b.events);
    return r;
  };
  return { received, send };
}

describe('Outbox', () => {
  it('persists before sending and delivers each event once across a "restart"', async () => {
    const kv = memoryKv();
    const c = collector(['retry']);
    let now = 1000;
    const a = new Outbox({ kv, send: c.send, now: () => now, batchSize: 100 });
    await Promise.all(Array.from({ length: 1000 }, () => a.enqueue(event())));
    expect(kv.writes).toBeLessThan(50); // coalesced, not one write per event
    expect((await a.flush()).status).toBe('retrying');
    expect(c.received).toHaveLength(0);
    expect((await a.flush()).status).toBe('deferred'); // backoff honoured
    // A new instance over the same storage = service worker restarted.
    now += backoffMs(1);
    const b = new Outbox({ kv, send: c.send, now: () => now, batchSize: 100 });
    const r = await b.flush();
    expect(r).toMatchObject({ sent: 1000, status: 'idle', remaining: 0 });
    expect(new Set(c.received.map((e) => e.id)).size).toBe(1000);
    expect(c.received).toHaveLength(1000);
    expect((await b.state()).sentTotal).toBe(1000);
  });

  it('is bounded: oldest dropped with a counter', async () => {
    const kv = memoryKv();
    const o = new Outbox({ kv, send: async () => 'ok', maxEvents: 10 });
    const evs = Array.from({ length: 15 }, event);
    await o.enqueue(...evs);
    const s = await o.state();
    expect(s.events.map((e) => e.id)).toEqual(evs.slice(5).map((e) => e.id));
    expect(s.dropped).toBe(5);
  });

  it('counts rejected batches instead of retrying them forever', async () => {
    const kv = memoryKv();
    const c = collector(['reject']);
    const o = new Outbox({ kv, send: c.send, batchSize: 2 });
    await o.enqueue(event(), event(), event());
    const r = await o.flush();
    expect(r.remaining).toBe(0);
    expect((await o.state()).rejected).toBe(2);
    expect(c.received).toHaveLength(1);
  });

  it('a thrown send is a retry with the error kept', async () => {
    const kv = memoryKv();
    const o = new Outbox({ kv, send: async () => { throw new Error('ECONNREFUSED'); } });
    await o.enqueue(event());
    expect((await o.flush()).status).toBe('retrying');
    expect((await o.state()).lastError).toBe('ECONNREFUSED');
  });

  it.each([[0, 0], [1, 2000], [2, 4000], [5, 32000], [20, 300000]])('backoffMs(%i) = %i', (f, ms) => expect(backoffMs(f)).toBe(ms));
});

describe('outbox replaces a queued event by id', () => {
  it('the final outcome of a held decision wins over its provisional copy', async () => {
    const kv = memoryKv();
    const c = collector([]);
    const box = new Outbox({ kv, send: c.send });
    const provisional = { ...event(), action: 'block' as const, outcome: 'blocked' as const };
    await box.enqueue(provisional, event());
    await box.enqueue({ ...provisional, outcome: 'redirected' });
    await box.flush({ force: true });
    expect(c.received).toHaveLength(2);
    expect(c.received.find((e) => e.id === provisional.id)?.outcome).toBe('redirected');
  });

  it('counts invalid events instead of dropping them silently', async () => {
    const box = new Outbox({ kv: memoryKv(), send: collector([]).send });
    await box.noteInvalid();
    await box.noteInvalid();
    expect((await box.state()).invalid).toBe(2);
  });
});
