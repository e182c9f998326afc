import { DEFAULT_POLICY, type PolicyDocument } from '@protocol-zero/policies';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from './config';
import { enroll, needsEnrollment, newDevice, pseudonymOf, refreshPolicy, type Fetch } from './sync';

const cfg = resolveConfig({ collectorUrl: 'https://pz.test', enrollmentSecret: 's'.repeat(20) }, {});
const device = newDevice(() => 'device-0001');
const json = (status: number, body: unknown) => new Response(status === 304 ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const doc: PolicyDocument = { version: 7, createdAt: '2026-01-01T00:00:00Z', createdBy: 'ciso', policy: { ...DEFAULT_POLICY, version: 7 }, etag: '"abc"' };

describe('enroll', () => {
  it('stores the token and stops needing enrollment', async () => {
    const calls: RequestInit[] = [];
    const f: Fetch = async (url, init) => {
      calls.push(init!);
      expect(url).toBe('https://pz.test/v1/enroll');
      return json(200, { deviceToken: 'tok', tenantId: 't1', pseudonymKey: 'k', policyUrl: '/v1/policy', issuedAt: '2026-01-01T00:00:00Z' });
    };
    expect(needsEnrollment(cfg, device)).toBe(true);
    const d = await enroll(cfg, device, f, { extensionVersion: '0.1.0', browser: 'chrome' });
    expect(JSON.parse(String(calls[0]!.body))).toMatchObject({ deviceId: 'device-0001', browser: 'chrome' });
    expect(d).toMatchObject({ token: 'tok', tenantId: 't1', error: null });
    expect(needsEnrollment(cfg, d)).toBe(false);
    expect(needsEnrollment(resolveConfig({ collectorUrl: 'https://other.test', enrollmentSecret: 's'.repeat(20) }, {}), d)).toBe(true);
  });

  it.each([
    [async () => json(403, {}), 'enrollment refused (HTTP 403)'],
    [async () => { throw new Error('ECONNREFUSED'); }, 'collector unreachable: ECONNREFUSED'],
  ] as [Fetch, string][])('keeps the error: %#', async (f, error) => {
    expect((await enroll(cfg, device, f, { extensionVersion: '0.1.0', browser: 'chrome' })).error).toBe(error);
  });
});

describe('refreshPolicy', () => {
  const enrolled = { ...device, token: 'tok' };
  it('fetches with bearer and If-None-Match, keeps the cache on 304, last good on failure', async () => {
    const seen: Record<string, string>[] = [];
    const first = await refreshPolicy(cfg, enrolled, undefined, async (_u, i) => (seen.push(i!.headers as Record<string, string>), json(200, doc)));
    expect(first).toMatchObject({ source: 'collector', version: 7 });
    expect(seen[0]!.authorization).toBe('Bearer tok');
    const again = await refreshPolicy(cfg, enrolled, first, async (_u, i) => (seen.push(i!.headers as Record<string, string>), json(304, null)));
    expect(seen[1]!['if-none-match']).toBe('"abc"');
    expect(again.version).toBe(7);
    const offline = await refreshPolicy(cfg, enrolled, first, async () => { throw new Error('offline'); });
    expect(offline).toMatchObject({ source: 'cache', version: 7, error: 'policy fetch failed: offline' });
  });

  it('nothing pushed and nothing cached: the shipped default', async () => {
    const r = await refreshPolicy(resolveConfig({}, {}), device, undefined, async () => { throw new Error('must not fetch'); });
    expect(r).toMatchObject({ source: 'default', version: DEFAULT_POLICY.version, error: null });
  });

  it('a managed inline policy wins; an invalid one falls back with the reason', async () => {
    const yaml = `apiVersion: protocol-zero/policy/v1\nname: inline\nversion: 42\ntiers: {}\nrules: []\n`;
    const ok = await refreshPolicy(resolveConfig({ policy: yaml }, {}), device, undefined, async () => { throw new Error('x'); });
    expect(ok).toMatchObject({ source: 'managed', version: 42 });
    const bad = await refreshPolicy(resolveConfig({ policy: 'rules: 3' }, {}), device, undefined, async () => { throw new Error('x'); });
    expect(bad.source).toBe('default');
    expect(bad.error).toMatch(/^managed policy invalid/);
  });
});

describe('pseudonymOf', () => {
  it('is hex, stable, keyed by the tenant key once enrolled', async () => {
    const a = await pseudonymOf(device, 'jane@acme.test');
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(await pseudonymOf(device, 'jane@acme.test')).toBe(a);
    const keyed = await pseudonymOf({ ...device, pseudonymKey: 'k1' }, 'jane@acme.test');
    expect(keyed).not.toBe(a);
    expect(await pseudonymOf({ ...device, pseudonymKey: 'k2' }, 'jane@acme.test')).not.toBe(keyed);
  });
});
