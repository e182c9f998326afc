import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import { DEFAULT_TENANT, ensureTenant, findUserByEmail } from '../db/repositories/identity';
import { openPglite } from '../testing/harness';
import { ensureFirstAdmin, FIRST_ADMIN_EMAIL } from './first-admin';
import { verifyPassword } from './secrets';

describe('ensureFirstAdmin', () => {
  let h: DatabaseHandle;
  const dir = mkdtempSync(path.join(tmpdir(), 'pz-admin-'));
  beforeAll(async () => {
    h = await connectDatabase({ pglite: await openPglite() });
    await migrateToLatest(h.db);
    await ensureTenant(h.db, DEFAULT_TENANT);
  });
  afterAll(async () => {
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates one admin with a generated password, stored once in a private file', async () => {
    const first = await ensureFirstAdmin(h.db, DEFAULT_TENANT, dir);
    expect(first?.password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    const stored = JSON.parse(readFileSync(first!.file, 'utf8'));
    expect(stored.password).toBe(first!.password);
    expect(statSync(first!.file).mode & 0o777).toBe(0o600);
    const user = await findUserByEmail(h.db, FIRST_ADMIN_EMAIL);
    expect(user?.role).toBe('admin');
    expect(await verifyPassword(first!.password!, user!.password_hash)).toBe(true);
    expect(await verifyPassword('not-it', user!.password_hash)).toBe(false);

    const second = await ensureFirstAdmin(h.db, DEFAULT_TENANT, dir);
    expect(second).toEqual({ email: FIRST_ADMIN_EMAIL, file: first!.file });
  });
});
