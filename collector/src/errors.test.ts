// Bad input of every kind gets its documented status and stable code, and the server stays healthy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TARGETS, type TestApp } from './testing/harness';
import { batch, makeEvents } from './testing/fixtures';
import { ERRORS } from './errors';

describe.each(TARGETS)('error contract on $name', (target) => {
  let t: TestApp;
  let device: string;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp(target, { PZ_BODY_LIMIT_BYTES: '65536', PZ_INGEST_RATE_PER_MINUTE: '25', PZ_LOGIN_RATE_PER_MINUTE: '5' });
    device = await t.tokenFor('device');
    admin = await t.tokenFor('admin');
  });
  afterAll(async () => t?.close());

  const json = { 'content-type': 'application/json' };

  it.each([
    ['malformed JSON', '{"wireVersion":1,"events":[', json, 400, 'malformed_json'],
    ['empty JSON body', '', json, 400, 'malformed_json'],
    ['wrong types', JSON.stringify({ wireVersion: '1', events: 'many' }), json, 400, 'validation_failed'],
    ['unknown field (strict)', JSON.stringify({ ...batch(makeEvents('x', 1)), extra: true }), json, 400, 'validation_failed'],
    ['wrong wire version', JSON.stringify({ ...batch(makeEvents('x', 1)), wireVersion: 2 }), json, 400, 'validation_failed'],
    ['empty batch', JSON.stringify({ wireVersion: 1, events: [] }), json, 400, 'validation_failed'],
    ['NUL in a stored string (PostgreSQL text cannot hold it)', JSON.stringify(batch(makeEvents('nul', 1).map((e) => ({ ...e, justification: 'a\u0000b' })))), json, 400, 'validation_failed'],
    ['oversize body', JSON.stringify(batch(makeEvents('big', 200))), json, 413, 'body_too_large'],
    ['wrong media type', 'wireVersion=1', { 'content-type': 'application/x-www-form-urlencoded' }, 415, 'unsupported_media_type'],
  ])('POST /v1/events with %s', async (_, payload, headers, status, code) => {
    const r = await t.app.inject({ method: 'POST', url: '/v1/events', payload, headers: { ...headers, authorization: `Bearer ${device}` } });
    expect(r.statusCode).toBe(status);
    expect(r.json().error.code).toBe(code);
    expect(ERRORS[code as keyof typeof ERRORS].status).toBe(status);
    expect(r.body).not.toContain('stack');
  });

  it('names the offending field in validation details', async () => {
    const events = makeEvents('bad', 2);
    (events[1] as Record<string, unknown>).severity = 'apocalyptic';
    const r = await t.app.inject({ method: 'POST', url: '/v1/events', payload: batch(events), headers: { authorization: `Bearer ${device}` } });
    expect(r.statusCode).toBe(400);
    expect(JSON.stringify(r.json().error.details)).toContain('/events/1/severity');
  });

  it.each([
    ['GET', '/v1/nope', 404, 'route_not_found'],
    ['GET', '/v1/policies/versions/999', 404, 'not_found'],
    ['GET', '/v1/policies/versions/zero', 400, 'validation_failed'],
    ['GET', '/v1/events?limit=100000', 400, 'validation_failed'],
    ['PUT', '/v1/apps/Not_An_Id!/sanction', 400, 'validation_failed'],
  ])('%s %s → %i %s', async (method, url, status, code) => {
    const r = await t.app.inject({ method: method as 'GET', url, headers: { authorization: `Bearer ${admin}` }, ...(method === 'PUT' ? { payload: { tier: 'blocked', note: 'n' } } : {}) });
    expect(r.statusCode).toBe(status);
    expect(r.json().error.code).toBe(code);
  });

  it('rejects a bad enrollment secret with 403 and a bad login with 401, then rate-limits logins (429)', async () => {
    const enroll = await t.app.inject({ method: 'POST', url: '/v1/enroll', payload: { enrollmentSecret: 'pze_definitely-not-valid', deviceId: 'device-abc', extensionVersion: '1.0.0', browser: 'chrome' } });
    expect(enroll.statusCode).toBe(403);
    expect(enroll.json().error.code).toBe('invalid_enrollment_secret');
    const codes: string[] = [];
    for (let i = 0; i < 7; i++) {
      const r = await t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: 'nobody@example.com', password: 'wrong' } });
      codes.push(`${r.statusCode} ${r.json().error.code}`);
    }
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('401 invalid_credentials'));
    expect(codes.at(-1)).toBe('429 rate_limited');
  });

  it('rate-limits ingest per token with 429 rate_limited, other tokens unaffected', async () => {
    const noisy = await t.tokenFor('device');
    const statuses: number[] = [];
    for (let i = 0; i < 27; i++) {
      const r = await t.app.inject({ method: 'POST', url: '/v1/events', payload: batch(makeEvents(`rl${i}`, 1)), headers: { authorization: `Bearer ${noisy}` } });
      statuses.push(r.statusCode);
      if (r.statusCode === 429) expect(r.json().error.code).toBe('rate_limited');
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(25);
    expect(statuses.at(-1)).toBe(429);
    const quiet = await t.tokenFor('device');
    const r = await t.app.inject({ method: 'POST', url: '/v1/events', payload: batch(makeEvents('quiet', 1)), headers: { authorization: `Bearer ${quiet}` } });
    expect(r.statusCode).toBe(200);
  });

  it('is still healthy and ready after all of that', async () => {
    expect((await t.app.inject('/healthz')).statusCode).toBe(200);
    const ready = await t.app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json().database).toBe(target.name);
  });

  it('drains an in-flight batch on shutdown: it commits and is acknowledged before the database closes', async () => {
    const inflight = t.app.inject({ method: 'POST', url: '/v1/events', payload: batch(makeEvents('drain', 150)), headers: { authorization: `Bearer ${await t.tokenFor('device')}` } });
    let settled = false;
    void inflight.then(() => (settled = true));
    // Close while the batch is writing (PGlite may finish it within one blocked tick: then it is already settled).
    await expect.poll(() => t.app.drain.pending === 1 || settled, { interval: 1, timeout: 30_000 }).toBe(true);
    const closing = t.close();
    const r = await inflight;
    await closing;
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ accepted: 150, duplicates: 0 });
  });
});
