import type { DecisionEvent, ExposureOverview, WhatIfResponse } from '@protocol-zero/policies';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batch, makeEvents } from '../../testing/fixtures';
import { startTestApp, TARGETS, type TestApp } from '../../testing/harness';

/** Every third event leaks customer records to the app; the rest are the fixture's mix. */
function sensitive(seed: string, n: number): DecisionEvent[] {
  return makeEvents(seed, n).map((e, i) =>
    i % 3 === 0 ? { ...e, outcome: 'sent', action: 'allow', classes: ['customer_records'], entities: { EMAIL_ADDRESS: 5 }, severity: 'high', ruleId: null } : e);
}

describe.each(TARGETS)('exposure routes on $name', (target) => {
  let t: TestApp;
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  let admin: string, analyst: string, executive: string, employee: string;

  beforeAll(async () => {
    t = await startTestApp(target);
    [admin, analyst, executive, employee] = await Promise.all([t.tokenFor('admin'), t.tokenFor('analyst'), t.tokenFor('executive'), t.tokenFor('employee')]);
  });
  afterAll(async () => t?.close());

  it('an empty install has zero exposure', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/v1/exposure/overview', headers: auth(executive) });
    expect(r.statusCode).toBe(200);
    const o = r.json<ExposureOverview>();
    expect([o.current?.result.meanUsd, o.current?.result.p90Usd, o.apps.seen]).toEqual([0, 0, 0]);
  });

  it('stored sensitive events become dollars, broken down by app and department', async () => {
    const device = await t.tokenFor('device');
    const ingest = await t.app.inject({ method: 'POST', url: '/v1/events', headers: auth(device), payload: batch(sensitive('exp', 600)) });
    expect(ingest.statusCode).toBe(200);
    await t.app.jobs.run('rollup', { days: 2 }); // events from the last hour may straddle midnight
    const re = await t.app.inject({ method: 'POST', url: '/v1/exposure/recompute', headers: auth(analyst) });
    expect(re.statusCode).toBe(200);
    const o = (await t.app.inject({ method: 'GET', url: '/v1/exposure/overview', headers: auth(executive) })).json<ExposureOverview>();
    const r = o.current!.result;
    expect(r.meanUsd).toBeGreaterThan(0);
    expect(re.json<{ meanUsd: number }>().meanUsd).toBe(r.meanUsd);
    expect(r.p10Usd).toBeLessThanOrEqual(r.p50Usd);
    expect(r.p50Usd).toBeLessThanOrEqual(r.p90Usd);
    expect(r.byDepartment.map((d) => d.key).sort()).toEqual(['engineering', 'sales']);
    expect(r.byApp.length).toBeGreaterThan(0);
    expect(o.trend).toEqual([]); // an install one hour old has no full week to annualise yet
    expect(o.avoided.redirectedPrompts).toBe(100); // the fixture redirects 1 in 6
    expect(o.adoption.reduce((s, d) => s + d.redirected, 0)).toBe(100);
  });

  it('what-ifs replay the stored observations with the same seed', async () => {
    const ask = async (body: object) => (await t.app.inject({ method: 'POST', url: '/v1/exposure/what-if', headers: auth(executive), payload: body })).json<WhatIfResponse>();
    const same = await ask({});
    expect(same.whatIf.meanUsd).toBe(same.baseline.meanUsd);
    const all = await ask({ redirectRate: 1 });
    expect(all.deltaUsd).toBeLessThan(0);
    const blocked = await ask({ apps: { chatgpt: 'blocked' } });
    expect(blocked.whatIf.byApp.map((a) => a.key)).not.toContain('chatgpt');
    const bad = await t.app.inject({ method: 'POST', url: '/v1/exposure/what-if', headers: auth(executive), payload: { redirectRate: 2 } });
    expect([bad.statusCode, bad.json<{ error: { code: string } }>().error.code]).toEqual([400, 'validation_failed']);
  });

  it.each([
    ['employee', 'GET', '/v1/exposure/overview', 403],
    ['executive', 'POST', '/v1/exposure/recompute', 403],
    ['analyst', 'PUT', '/v1/exposure/settings', 403],
  ] as const)('%s may not %s %s', async (role, method, url, status) => {
    const token = { employee, executive, analyst, admin }[role];
    const r = await t.app.inject({ method, url, headers: auth(token), ...(method === 'PUT' ? { payload: { industry: 'retail', annualRevenueUsd: 1e6, headcount: 10, regimes: [] } } : {}) });
    expect(r.statusCode).toBe(status);
  });

  it('the tenant profile is validated, stored and audited', async () => {
    const profile = { industry: 'healthcare', annualRevenueUsd: 300e6, headcount: 900, regimes: ['hipaa', 'gdpr'] };
    const bad = await t.app.inject({ method: 'PUT', url: '/v1/exposure/settings', headers: auth(admin), payload: { ...profile, industry: 'mining' } });
    expect(bad.statusCode).toBe(400);
    expect((await t.app.inject({ method: 'PUT', url: '/v1/exposure/settings', headers: auth(admin), payload: profile })).statusCode).toBe(200);
    const s = (await t.app.inject({ method: 'GET', url: '/v1/exposure/settings', headers: auth(executive) })).json<{ profile: object; assumptions: { parameter: string }[] }>();
    expect(s.profile).toEqual(profile);
    expect(s.assumptions.map((a) => a.parameter)).toContain('Regulatory: HIPAA');
    const audit = (await t.app.inject({ method: 'GET', url: '/v1/audit', headers: auth(admin) })).json<{ entries: { action: string }[] }>();
    expect(JSON.stringify(audit)).toContain('exposure.profile');
  });

  it('the trend shows one point per week of the latest compute, however often it recomputes', async () => {
    const device = await t.tokenFor('device');
    const old = sensitive('trend', 300).map((e, i) => ({ ...e, occurredAt: new Date(Date.now() - (1 + (i % 20)) * 86_400_000).toISOString() }));
    expect((await t.app.inject({ method: 'POST', url: '/v1/events', headers: auth(device), payload: batch(old) })).statusCode).toBe(200);
    for (let k = 0; k < 2; k++) expect((await t.app.inject({ method: 'POST', url: '/v1/exposure/recompute', headers: auth(admin) })).statusCode).toBe(200);
    const o = (await t.app.inject({ method: 'GET', url: '/v1/exposure/overview', headers: auth(executive) })).json<ExposureOverview>();
    const ends = o.trend.map((w) => w.windowEnd);
    expect(ends.length).toBeGreaterThanOrEqual(2);
    expect(ends.length).toBeLessThanOrEqual(5);
    expect(new Set(ends).size).toBe(ends.length);
    expect([...ends].sort()).toEqual(ends);
  });
});
