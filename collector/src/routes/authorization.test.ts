// Walks every operation in /openapi.json with a token of each role and machine principal: a caller
// outside the route's declared rule gets 403 `forbidden`, no token gets 401 `unauthenticated`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESSES, type Access, type AuthRule } from '../plugins/auth';
import { startTestApp, TARGETS, type TestApp } from '../testing/harness';

/** The core routes' intended rules, written out so a loosened declaration fails here. */
const EXPECTED: Record<string, AuthRule> = {
  'GET /healthz': 'public',
  'GET /readyz': 'public',
  'POST /v1/auth/login': 'public',
  'POST /v1/enroll': 'public',
  'POST /v1/events': ['device'],
  'POST /v1/sensor/batches': ['sensor'],
  'GET /v1/events': ['admin', 'analyst'],
  'POST /v1/events/reveal': ['admin', 'analyst'],
  'GET /v1/policy': ['device', 'admin', 'analyst', 'executive', 'employee'],
  'POST /v1/policies/versions': ['admin'],
  'POST /v1/policies/simulate': ['admin', 'analyst'],
  'GET /v1/apps': ['admin', 'analyst', 'executive'],
  'PUT /v1/apps/:appId/sanction': ['admin'],
  'GET /v1/audit': ['admin'],
  'GET /v1/users': ['admin'],
  'POST /v1/users': ['admin'],
  'POST /v1/deploy/sensor-tokens': ['admin'],
  'GET /v1/deploy/mdm-kit/:kind': ['admin'],
  'GET /v1/live': ['admin', 'analyst'],
};

const WEBSOCKETS = ['GET /v1/live'];
const PARAM_VALUES: Record<string, string> = { id: '00000000-0000-4000-8000-000000000000', version: '1', kind: 'chrome-json', appId: 'chatgpt' };
const fill = (url: string) => url.replace(/\{(\w+)\}/g, (_, name: string) => PARAM_VALUES[name] ?? 'x');
const toFastify = (url: string) => url.replace(/\{(\w+)\}/g, ':$1');

describe.each(TARGETS)('authorization matrix on $name', (target) => {
  let t: TestApp;
  const tokens = new Map<Access, string>();
  const operations: { method: string; url: string; rule: AuthRule }[] = [];

  beforeAll(async () => {
    t = await startTestApp(target);
    for (const a of ACCESSES) tokens.set(a, await t.tokenFor(a));
    const doc = (await t.app.inject('/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
    for (const [url, ops] of Object.entries(doc.paths)) {
      for (const method of Object.keys(ops)) {
        const rule = t.app.routeAuth.get(`${method.toUpperCase()} ${toFastify(url)}`);
        if (!rule) throw new Error(`${method} ${url} is documented but has no declared rule`);
        operations.push({ method: method.toUpperCase(), url, rule });
      }
    }
    // Websocket upgrades are not expressible in OpenAPI 3: walked here explicitly.
    for (const key of WEBSOCKETS) operations.push({ method: 'GET', url: key.slice(4), rule: t.app.routeAuth.get(key)! });
  });
  afterAll(async () => t?.close());

  it('documents every declared route and the expected core rules', () => {
    expect(operations.length).toBeGreaterThanOrEqual(Object.keys(EXPECTED).length);
    for (const [key, rule] of Object.entries(EXPECTED)) expect(t.app.routeAuth.get(key), key).toEqual(rule);
    const documented = new Set(operations.map((o) => `${o.method} ${toFastify(o.url)}`));
    for (const key of t.app.routeAuth.keys()) {
      if (/^(HEAD|OPTIONS) /.test(key) || /\/docs|openapi\.json|\/\*/.test(key) || WEBSOCKETS.includes(key)) continue;
      expect(documented.has(key), `${key} missing from /openapi.json`).toBe(true);
    }
  });

  it('refuses every principal outside each route’s rule, and anonymous callers', async () => {
    const failures: string[] = [];
    for (const op of operations) {
      if (op.rule === 'public') continue;
      const url = fill(op.url);
      const anon = await t.app.inject({ method: op.method as 'GET', url });
      if (anon.statusCode !== 401 || anon.json().error.code !== 'unauthenticated') failures.push(`${op.method} ${url} anonymous → ${anon.statusCode}`);
      for (const access of ACCESSES) {
        const r = await t.app.inject({ method: op.method as 'GET', url, headers: { authorization: `Bearer ${tokens.get(access)}` } });
        const allowed = op.rule.includes(access);
        if (!allowed && (r.statusCode !== 403 || r.json().error.code !== 'forbidden')) failures.push(`${op.method} ${url} as ${access} → ${r.statusCode} (want 403)`);
        if (allowed && (r.statusCode === 401 || r.statusCode === 403)) failures.push(`${op.method} ${url} as ${access} → ${r.statusCode} (want through)`);
        if (allowed && op.url === '/v1/auth/logout') tokens.set(access, await t.tokenFor(access)); // that call ended the session
      }
    }
    expect(failures).toEqual([]);
  });

  it('rejects unknown, malformed and revoked tokens with 401', async () => {
    for (const value of ['Bearer pzu_notarealtoken', 'Bearer ', 'Token abc', `Bearer ${'x'.repeat(300)}`]) {
      const r = await t.app.inject({ url: '/v1/apps', headers: { authorization: value } });
      expect(r.statusCode, value).toBe(401);
      expect(r.json().error.code).toBe('unauthenticated');
    }
    const admin = tokens.get('admin')!;
    const session = await t.tokenFor('analyst');
    expect((await t.app.inject({ url: '/v1/apps', headers: { authorization: `Bearer ${session}` } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/v1/auth/logout', headers: { authorization: `Bearer ${session}` } })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/v1/apps', headers: { authorization: `Bearer ${session}` } })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/v1/apps', headers: { authorization: `Bearer ${admin}` } })).statusCode).toBe(200);
  });
});
