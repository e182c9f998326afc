// The MDM kit embeds the tenant's current enrollment secret: the same on every download, until an
// admin rotates it (audited); rotation revokes the previous one.
import { MDM_KIT_KINDS } from '@protocol-zero/policies';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TARGETS, type TestApp } from '../../testing/harness';

describe.each(TARGETS)('MDM kit secret on $name', (target) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp(target, { PZ_ENROLLMENT_KEY: 'k'.repeat(40) });
    admin = await t.tokenFor('admin');
  });
  afterAll(async () => t?.close());

  const auth = () => ({ authorization: `Bearer ${admin}` });
  const download = async (kind: string) => {
    const r = await t.app.inject({ url: `/v1/deploy/mdm-kit/${kind}`, headers: auth() });
    expect(r.statusCode).toBe(200);
    const secrets = r.body.match(/pze_[A-Za-z0-9_-]{20,}/g) ?? [];
    expect(new Set(secrets).size).toBe(1);
    return secrets[0]!;
  };
  const enrollWith = async (secret: string) =>
    (await t.app.inject({ method: 'POST', url: '/v1/enroll', payload: { enrollmentSecret: secret, deviceId: `d-${Math.random()}`, extensionVersion: '1.0.0', browser: 'chrome' } })).statusCode;
  const count = async (action: string) =>
    (await t.app.db.selectFrom('audit_log').select('id').where('action', '=', action).execute()).length;

  const WITH_SECRET = MDM_KIT_KINDS.filter((k) => k !== 'guide'); // the guide explains, it embeds nothing

  it('reuses one secret across downloads and kinds, and replaces it only on rotation', async () => {
    const first = await download(MDM_KIT_KINDS[0]);
    for (const kind of WITH_SECRET) expect(await download(kind)).toBe(first);
    expect(await enrollWith(first)).toBe(200);

    const rotated = await t.app.inject({ method: 'POST', url: '/v1/deploy/mdm-kit/rotate', headers: auth() });
    expect(rotated.statusCode).toBe(200);
    const second = await download(MDM_KIT_KINDS[0]);
    expect(second).not.toBe(first);
    expect(await download(MDM_KIT_KINDS[0])).toBe(second);
    expect(rotated.json().secretId).toBeTruthy();
    expect(await enrollWith(first)).toBe(403); // rotation revokes the previous kit secret
    expect(await enrollWith(second)).toBe(200);

    const kitSecrets = await t.app.db.selectFrom('enrollment_secrets').select(['id', 'revoked_at']).where('label', 'like', 'mdm-kit %').execute();
    expect(kitSecrets.length).toBe(2); // one per rotation, not one per download
    expect(await count('mdm_kit.rotated')).toBe(2); // the first download's creation, then the explicit rotation
    expect(await count('mdm_kit.downloaded')).toBe(WITH_SECRET.length + 3);
  });

  it('mints a new kit secret on the next download once an admin revoked the current one', async () => {
    const before = await download(MDM_KIT_KINDS[0]);
    const list = await t.app.inject({ url: '/v1/deploy/enrollment-secrets', headers: auth() });
    const live = (list.json().secrets as { id: string; label: string; revoked: boolean }[]).find((s) => s.label.startsWith('mdm-kit') && !s.revoked)!;
    expect((await t.app.inject({ method: 'DELETE', url: `/v1/deploy/enrollment-secrets/${live.id}`, headers: auth() })).statusCode).toBe(200);
    const after = await download(MDM_KIT_KINDS[0]);
    expect(after).not.toBe(before);
    expect(await enrollWith(after)).toBe(200);
  });
});
