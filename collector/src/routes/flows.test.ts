// The journeys through the core API, end to end on each target: enroll → ingest → live feed →
// analyst list → audited reveal; policy versions with ETag, validation and simulate; sanctions; jobs.
import { DEFAULT_POLICY_YAML } from '@protocol-zero/policies';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertDecisionEvents } from '../db/repositories/events';
import { DEFAULT_TENANT } from '../db/repositories/identity';
import { pseudonymFor } from '../identity/pseudonym';
import { batch, makeEvent, makeEvents } from '../testing/fixtures';
import { startTestApp, TARGETS, type TestApp } from '../testing/harness';

describe.each(TARGETS)('core journeys on $name', (target) => {
  let t: TestApp;
  let admin: string;
  let analyst: string;
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await startTestApp(target);
    admin = await t.tokenFor('admin');
    analyst = await t.tokenFor('analyst');
  });
  afterAll(async () => t?.close());

  it('enrolls a device, ingests its events, streams them live, and reveals a pseudonym with an audited reason', async () => {
    const secret = await t.app.inject({ method: 'POST', url: '/v1/deploy/enrollment-secrets', headers: auth(admin), payload: { label: 'laptops' } });
    expect(secret.statusCode).toBe(201);
    const enroll = await t.app.inject({
      method: 'POST', url: '/v1/enroll',
      payload: { enrollmentSecret: secret.json().secret, deviceId: 'laptop-0001', userHint: 'Dana@Example.com', extensionVersion: '1.2.3', browser: 'edge' },
    });
    expect(enroll.statusCode).toBe(200);
    const { deviceToken, pseudonymKey, policyUrl } = enroll.json();
    expect(policyUrl).toMatch(/\/v1\/policy$/);
    const dana = pseudonymFor(pseudonymKey, 'dana@example.com');

    const messages: { type: string; count?: number; events?: { user: string }[] }[] = [];
    const ws = await t.app.injectWS('/v1/live', { headers: auth(analyst) }, { onInit: (s) => s.on('message', (m: Buffer) => messages.push(JSON.parse(String(m)))) });
    const events = makeEvents('journey', 3).map((e) => ({ ...e, user: dana }));
    const ingest = await t.app.inject({ method: 'POST', url: '/v1/events', headers: auth(deviceToken), payload: batch(events) });
    expect(ingest.json()).toEqual({ accepted: 3, duplicates: 0 });
    await expect.poll(() => messages.find((m) => m.type === 'decisions'), { timeout: 10_000 }).toBeTruthy();
    expect(messages.find((m) => m.type === 'decisions')).toMatchObject({ count: 3, events: [{ user: dana }, { user: dana }, { user: dana }] });
    ws.terminate();

    const list = await t.app.inject({ url: `/v1/events?user=${dana}&limit=2`, headers: auth(analyst) });
    expect(list.statusCode).toBe(200);
    expect(list.json().events).toHaveLength(2);
    expect(list.json().events[0]).toMatchObject({ user: dana, deviceId: 'laptop-0001' }); // the token names the device
    expect(JSON.stringify(list.json())).not.toContain('dana@');
    const page2 = await t.app.inject({ url: `/v1/events?user=${dana}&limit=2&cursor=${encodeURIComponent(list.json().nextCursor)}`, headers: auth(analyst) });
    expect(page2.json().events).toHaveLength(1);

    const noReason = await t.app.inject({ method: 'POST', url: '/v1/events/reveal', headers: auth(analyst), payload: { user: dana, reason: '' } });
    expect(noReason.statusCode).toBe(400);
    const reveal = await t.app.inject({ method: 'POST', url: '/v1/events/reveal', headers: auth(analyst), payload: { user: dana, reason: 'incident 42: secret pasted into chatgpt' } });
    expect(reveal.json()).toEqual({ user: dana, identity: 'dana@example.com', source: 'enrollment' });
    const audit = await t.app.inject({ url: '/v1/audit?action=pseudonym.reveal', headers: auth(admin) });
    expect(audit.json().entries[0]).toMatchObject({ action: 'pseudonym.reveal', target: `user:${dana}`, reason: 'incident 42: secret pasted into chatgpt' });
    expect(audit.json().entries[0].actor).toMatch(/^user:analyst-/);
  });

  it('serves the policy with an ETag, publishes validated versions, and simulates a draft', async () => {
    const device = await t.tokenFor('device');
    const first = await t.app.inject({ url: '/v1/policy', headers: auth(device) });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ version: 1, createdBy: 'system' });
    expect(first.headers.etag).toBe(first.json().etag);
    const again = await t.app.inject({ url: '/v1/policy', headers: { ...auth(device), 'if-none-match': first.json().etag } });
    expect(again.statusCode).toBe(304);

    const bad = await t.app.inject({ method: 'POST', url: '/v1/policies/versions', headers: auth(admin), payload: { draft: { yaml: 'apiVersion: protocol-zero/policy/v1\nname: x\nversion: 1\nrules: [{ id: a, match: {}, action: explode }]\n' } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('validation_failed');
    expect(JSON.stringify(bad.json().error.details)).toContain('rules.0.action');

    // Draft: everything on chatgpt is blocked. Stored events of chatgpt that were not blocked change.
    const strict = DEFAULT_POLICY_YAML.replace('  apps: {}', '  apps: { chatgpt: blocked }');
    const device2 = await t.tokenFor('device');
    const events = Array.from({ length: 12 }, (_, i) => makeEvent('sim', i));
    await t.app.inject({ method: 'POST', url: '/v1/events', headers: auth(device2), payload: batch(events) });
    const sim = await t.app.inject({ method: 'POST', url: '/v1/policies/simulate', headers: auth(analyst), payload: { draft: { yaml: strict }, days: 30 } });
    expect(sim.statusCode).toBe(200);
    const chatgptNotBlocked = events.filter((e) => e.appId === 'chatgpt' && e.action !== 'block').length;
    expect(chatgptNotBlocked).toBeGreaterThan(0);
    const toBlock = sim.json().transitions.filter((x: { to: string }) => x.to === 'block').reduce((s: number, x: { count: number }) => s + x.count, 0);
    expect(toBlock).toBeGreaterThanOrEqual(chatgptNotBlocked);
    expect(sim.json().evaluated).toBeGreaterThanOrEqual(events.length);

    const stale = await t.app.inject({ method: 'POST', url: '/v1/policies/versions', headers: auth(admin), payload: { draft: { yaml: strict }, comment: 'block chatgpt', baseVersion: 0 } });
    expect(stale.statusCode).toBe(409);
    const ok = await t.app.inject({ method: 'POST', url: '/v1/policies/versions', headers: auth(admin), payload: { draft: { yaml: strict }, comment: 'block chatgpt', baseVersion: 1 } });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ version: 2, policy: { version: 2, tiers: { apps: { chatgpt: 'blocked' } } } });
    const now = await t.app.inject({ url: '/v1/policy', headers: { ...auth(device), 'if-none-match': first.json().etag } });
    expect(now.statusCode).toBe(200);
    expect(now.json().version).toBe(2);
    const versions = await t.app.inject({ url: '/v1/policies/versions', headers: auth(analyst) });
    expect(versions.json().versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
  });

  it('lists apps with usage and lets an admin sanction one (new policy version + audit)', async () => {
    const apps = await t.app.inject({ url: '/v1/apps', headers: auth(analyst) });
    expect(apps.statusCode).toBe(200);
    const claude = apps.json().apps.find((a: { appId: string }) => a.appId === 'claude');
    expect(claude).toMatchObject({ sources: ['extension'] });
    expect(claude.events).toBeGreaterThan(0);
    expect(claude.users).toBeGreaterThan(0);

    const s = await t.app.inject({ method: 'PUT', url: '/v1/apps/claude/sanction', headers: auth(admin), payload: { tier: 'sanctioned', note: 'enterprise contract signed' } });
    expect(s.statusCode).toBe(200);
    const after = (await t.app.inject({ url: '/v1/apps', headers: auth(analyst) })).json().apps.find((a: { appId: string }) => a.appId === 'claude');
    expect(after).toMatchObject({ tier: 'sanctioned', override: { tier: 'sanctioned', note: 'enterprise contract signed' } });
    const policy = (await t.app.inject({ url: '/v1/policy', headers: auth(admin) })).json();
    expect(policy.version).toBe(s.json().policyVersion);
    expect(policy.policy.tiers.apps.claude).toBe('sanctioned');
    const audit = (await t.app.inject({ url: '/v1/audit?action=app.sanction', headers: auth(admin) })).json();
    expect(audit.entries[0]).toMatchObject({ target: 'app:claude', reason: 'enterprise contract signed' });
  });

  it('rolls up days and deletes raw events past retention, keeping the roll-ups', async () => {
    const old = new Date(Date.now() - 100 * 86_400_000);
    const oldEvents = Array.from({ length: 5 }, (_, i) => makeEvent('old', i, old));
    // History stored before the window moved past it (the API now refuses such events: event_too_old).
    await insertDecisionEvents(t.app.db, DEFAULT_TENANT, 'old-device', oldEvents);
    const r = await t.app.jobs.run<{ deleted: number }>('retention', {});
    expect(r.deleted).toBe(5);
    const raw = await t.app.inject({ url: `/v1/events?to=${new Date(Date.now() - 99 * 86_400_000).toISOString()}`, headers: auth(analyst) });
    expect(raw.json().events).toEqual([]);
    const apps = (await t.app.inject({ url: '/v1/apps?days=120', headers: auth(analyst) })).json().apps;
    const total = apps.reduce((s: number, a: { events: number }) => s + a.events, 0);
    const recent = (await t.app.inject({ url: '/v1/apps?days=30', headers: auth(analyst) })).json().apps.reduce((s: number, a: { events: number }) => s + a.events, 0);
    expect(total - recent).toBe(5); // the deleted days survive as roll-ups
    const rollup = await t.app.jobs.run<{ from: string; to: string }>('rollup', { days: 2 });
    expect(rollup.to).toBe(new Date().toISOString().slice(0, 10));
  });

  it('re-rolls the days of late events (an outbox flushed after days offline) so app usage counts them', async () => {
    const device = await t.tokenFor('device');
    const fiveDaysAgo = new Date(Date.now() - 5 * 86_400_000);
    const late = Array.from({ length: 4 }, (_, i) => makeEvent('late', i * 4 + 3, fiveDaysAgo)); // i*4+3 → deepseek
    expect(new Set(late.map((e) => e.appId))).toEqual(new Set(['deepseek']));
    const countDeepseek = async () => {
      const apps = (await t.app.inject({ url: '/v1/apps?days=10', headers: auth(analyst) })).json().apps as { appId: string; events: number }[];
      return apps.find((a) => a.appId === 'deepseek')?.events ?? 0;
    };
    const before = await countDeepseek();
    await t.app.inject({ method: 'POST', url: '/v1/events', headers: auth(device), payload: batch(late) });
    await expect.poll(countDeepseek, { timeout: 30_000, interval: 200 }).toBe(before + 4);
  });
});

