// Re-enrolling a device retires its earlier tokens: one device id, one live token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TARGETS, type TestApp } from '../../testing/harness';
import { batch, makeEvents } from '../../testing/fixtures';

describe.each(TARGETS)('device enrollment on $name', (target) => {
  let t: TestApp;
  let secret: string;
  beforeAll(async () => {
    t = await startTestApp(target);
    const admin = await t.tokenFor('admin');
    const r = await t.app.inject({ method: 'POST', url: '/v1/deploy/enrollment-secrets', headers: { authorization: `Bearer ${admin}` }, payload: { label: 'laptops' } });
    secret = r.json().secret;
  });
  afterAll(async () => t?.close());

  const enroll = async (deviceId: string) => {
    const r = await t.app.inject({ method: 'POST', url: '/v1/enroll', payload: { enrollmentSecret: secret, deviceId, extensionVersion: '1.0.0', browser: 'chrome' } });
    expect(r.statusCode).toBe(200);
    return r.json().deviceToken as string;
  };
  let n = 0;
  const ingest = async (token: string) => {
    const r = await t.app.inject({ method: 'POST', url: '/v1/events', headers: { authorization: `Bearer ${token}` }, payload: batch(makeEvents(`enroll-${n++}`, 2)) });
    return { status: r.statusCode, code: r.statusCode === 200 ? undefined : (r.json().error.code as string) };
  };

  it('revokes the earlier tokens of a re-enrolled device, and only of that device', async () => {
    const first = await enroll('laptop-a');
    const other = await enroll('laptop-b');
    expect(await ingest(first)).toEqual({ status: 200 }); // cached as live in the auth layer now
    const second = await enroll('laptop-a');
    const third = await enroll('laptop-a');

    const cases: [string, string, { status: number; code?: string }][] = [
      ['first token of laptop-a', first, { status: 401, code: 'unauthenticated' }],
      ['second token of laptop-a', second, { status: 401, code: 'unauthenticated' }],
      ['current token of laptop-a', third, { status: 200 }],
      ['laptop-b, never re-enrolled', other, { status: 200 }],
    ];
    for (const [name, token, expected] of cases) expect({ name, ...(await ingest(token)) }).toEqual({ name, code: undefined, ...expected });

    const audit = await t.app.db.selectFrom('audit_log').select(['action', 'target', 'details']).where('action', '=', 'device.reenrolled').execute();
    expect(audit.map((a) => [a.target, (a.details as { revokedTokens: number }).revokedTokens])).toEqual([['device:laptop-a', 1], ['device:laptop-a', 1]]);
  });
});
