import type { DecisionEvent } from '@protocol-zero/policies';
import { describe, expect, it } from 'vitest';
import { HeldDecisions } from './held';
import type { KeyValue } from './outbox';

function memoryKv(): KeyValue & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async <T>(k: string) => structuredClone(data.get(k)) as T | undefined,
    set: async (k: string, v: unknown) => void data.set(k, structuredClone(v)),
  };
}

const event = (id: string, outcome: DecisionEvent['outcome'] = 'blocked'): DecisionEvent => ({
  id, occurredAt: '2026-01-01T00:00:00.000Z', deviceId: 'device-1', user: 'ab'.repeat(8), appId: 'chatgpt', host: 'chatgpt.com',
  channel: 'prompt', tier: 'unsanctioned', action: 'block', outcome, ruleId: 'r1', policyVersion: 1,
  entities: { EMAIL_ADDRESS: 1 }, classes: ['pii'], severity: 'medium', sizeBytes: 10,
});

describe('held decisions', () => {
  it('a settled decision is never released', async () => {
    const held = new HeldDecisions(memoryKv());
    await held.hold(event('a'), 7);
    expect(await held.settle('a')).toBe(true);
    expect(await held.settle('a')).toBe(false);
    expect(await held.release({ tabId: 7 })).toEqual([]);
  });

  it.each([
    ['the tab closes', { tabId: 7 }, ['a', 'b']],
    ['another tab closes', { tabId: 8 }, ['c']],
    ['time passes', { olderThanMs: 1000 }, ['a']],
  ] as const)('releases what is due when %s', async (_why, which, ids) => {
    let now = 0;
    const held = new HeldDecisions(memoryKv(), 'pz:held', () => now);
    await held.hold(event('a'), 7);
    now = 5000;
    await held.hold(event('b'), 7);
    await held.hold(event('c'), 8);
    const out = await held.release(which);
    expect(out.map((e) => e.id).sort()).toEqual([...ids]);
    expect(await held.count()).toBe(3 - ids.length);
  });

  it('survives a restart of the worker (state is in storage)', async () => {
    const kv = memoryKv();
    await new HeldDecisions(kv).hold(event('a'), 3);
    const again = new HeldDecisions(kv);
    expect((await again.release({ tabId: 3 })).map((e) => e.outcome)).toEqual(['blocked']);
  });

  it('concurrent holds and settles do not lose each other', async () => {
    const held = new HeldDecisions(memoryKv());
    const ids = Array.from({ length: 50 }, (_, i) => `e${i}`);
    await Promise.all(ids.map((id) => held.hold(event(id), 1)));
    await Promise.all(ids.filter((_, i) => i % 2 === 0).map((id) => held.settle(id)));
    expect(await held.count()).toBe(25);
  });
});
