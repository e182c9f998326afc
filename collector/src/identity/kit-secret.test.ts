import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kitSecret, loadEnrollmentKey, rederiveKitSecret } from './kit-secret';
import { sha256 } from './secrets';

describe('MDM kit secret derivation', () => {
  const key = Buffer.from('a'.repeat(40));
  const other = Buffer.from('b'.repeat(40));
  const id = '5f0c6c3e-1111-4222-8333-444455556666';

  it.each([
    ['same key, tenant and row', key, 't1', id, true],
    ['another key (another host without PZ_ENROLLMENT_KEY)', other, 't1', id, false],
    ['another tenant', key, 't2', id, false],
    ['another row (after a rotation)', key, 't1', '5f0c6c3e-1111-4222-8333-444455556667', false],
  ])('re-derives only with %s', (_name, k, tenant, row, ok) => {
    const stored = sha256(kitSecret(key, 't1', id));
    expect(rederiveKitSecret(k, tenant, row, stored) !== undefined).toBe(ok);
  });

  it('looks like any enrollment secret', () => {
    expect(kitSecret(key, 't1', id)).toMatch(/^pze_[A-Za-z0-9_-]{32}$/);
  });

  it('creates one private key file and keeps using it; a configured key wins; a short one is refused', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'pz-kit-')), 'data');
    const a = loadEnrollmentKey(undefined, dir);
    expect(loadEnrollmentKey(undefined, dir).equals(a)).toBe(true);
    expect(statSync(path.join(dir, 'enrollment.key')).mode & 0o777).toBe(0o600);
    expect(readFileSync(path.join(dir, 'enrollment.key'), 'utf8')).toMatch(/^[0-9a-f]{64}$/);
    expect(loadEnrollmentKey('c'.repeat(32), dir).equals(a)).toBe(false);
    expect(() => loadEnrollmentKey('short', dir)).toThrow(/PZ_ENROLLMENT_KEY/);
  });
});
