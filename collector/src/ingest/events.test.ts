// What goes in comes out: every field of an ingested event survives the array-literal insert, on the
// fast validation path and on the zod path, including text that array-literal syntax treats specially.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DecisionEvent } from '@protocol-zero/policies';
import { startTestApp, TARGETS, type TestApp } from '../testing/harness';
import { makeEvent, uuidFrom } from '../testing/fixtures';

/** Free-text values that an unquoted or badly escaped array element would split, null or mangle. */
const TRICKY = ['NULL', 'null', '', ' ', ' padded ', 'a,b', '{x}', '"quoted"', 'back\\slash', '\\"', 'tab\there', 'line\nbreak', 'ünïcødé ✓ 🚀', "it's"];

describe.each(TARGETS)('event round trip on $name', (target) => {
  let t: TestApp;
  let device: string;
  beforeAll(async () => {
    t = await startTestApp(target);
    device = await t.tokenFor('device');
  });
  afterAll(async () => t?.close());

  const post = (events: unknown[]) =>
    t.app.inject({ method: 'POST', url: '/v1/events', headers: { authorization: `Bearer ${device}` }, payload: { wireVersion: 1, events } });
  /** Rows as stored, in wire shape (read straight from the table: the list route omits empty strings). */
  const stored = async (user: string) => {
    const rows = await t.app.db.selectFrom('decision_events').selectAll().where('user_pseudonym', '=', user).execute();
    return new Map(rows.map((r) => [r.id, {
      id: r.id, occurredAt: new Date(r.occurred_at).toISOString(), deviceId: r.device_id, user: r.user_pseudonym,
      ...(r.department !== null ? { department: r.department } : {}), appId: r.app_id, host: r.host, channel: r.channel, tier: r.tier,
      action: r.action, outcome: r.outcome, ruleId: r.rule_id, policyVersion: r.policy_version, entities: r.entities, classes: r.classes,
      severity: r.severity, sizeBytes: Number(r.size_bytes),
      ...(r.file_type !== null ? { file: { type: r.file_type, sizeBytes: Number(r.file_size) } } : {}),
      ...(r.justification !== null ? { justification: r.justification } : {}), ...(r.handoff_id !== null ? { handoffId: r.handoff_id } : {}),
    }]));
  };

  it('stores every field as sent, tricky text included', async () => {
    const user = 'ab'.repeat(10);
    const events: DecisionEvent[] = TRICKY.map((text, i) => ({
      ...makeEvent('rt', i), user, department: text, ruleId: i % 2 ? null : text, justification: text,
      file: { type: text, sizeBytes: 2 ** 40 + i }, handoffId: uuidFrom(`handoff-${i}`),
      entities: { PERSON: i, SECRET: 2 ** 31 + i }, classes: i % 2 ? [] : ['pii', 'credentials'], policyVersion: 2 ** 31 - 1,
      occurredAt: new Date(Date.UTC(2026, 10, 20, 12, 0, i, 123)).toISOString().replace('Z', '+00:00'),
    }));
    const minimal: DecisionEvent = { ...makeEvent('rt', 99), user, ruleId: null };
    delete (minimal as { department?: string }).department;
    const r = await post([...events, minimal]);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ accepted: events.length + 1, duplicates: 0 });

    const got = await stored(user);
    expect(got.size).toBe(events.length + 1);
    for (const e of [...events, minimal]) {
      // The token names the device, not the body.
      expect(got.get(e.id)).toStrictEqual({ ...e, deviceId: expect.stringMatching(/^test-device-/), occurredAt: new Date(e.occurredAt).toISOString() });
    }
  });

  it('takes the zod path for a batch zod reshapes, and stores the reshaped value', async () => {
    const user = 'cd'.repeat(10);
    const e = { ...makeEvent('rt-zod', 1), user, file: { type: 'pdf', sizeBytes: 5, name: 'secret-plans.pdf' } };
    const r = await post([e]);
    expect(r.statusCode).toBe(200);
    expect((await stored(user)).get(e.id)?.file).toEqual({ type: 'pdf', sizeBytes: 5 });
  });

  it('answers an invalid batch with zod\'s 400, stores nothing of it', async () => {
    const user = 'ef'.repeat(10);
    const r = await post([{ ...makeEvent('rt-bad', 1), user }, { ...makeEvent('rt-bad', 2), user, sizeBytes: -1 }]);
    expect(r.statusCode).toBe(400);
    expect(r.json().error.code).toBe('validation_failed');
    expect(JSON.stringify(r.json().error)).toContain('sizeBytes');
    expect((await stored(user)).size).toBe(0);
  });
});
