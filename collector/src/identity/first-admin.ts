// The first admin login: generated on the first start of an empty install, stored once (a 0600
// file in the data directory), never a fixed password.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/database';
import { countUsers, insertUser } from '../db/repositories/identity';
import { generatePassword, hashPassword } from './secrets';

export const FIRST_ADMIN_EMAIL = 'admin@protocol-zero.local';

export interface FirstAdmin {
  email: string;
  /** Present only on the start that created the account. */
  password?: string;
  file: string;
}

export async function ensureFirstAdmin(db: Db, tenantId: string, dataDir: string): Promise<FirstAdmin | undefined> {
  const file = path.resolve(dataDir, 'first-admin.json');
  if ((await countUsers(db, tenantId)) > 0) {
    if (!existsSync(file)) return undefined;
    const { email } = JSON.parse(readFileSync(file, 'utf8')) as { email: string };
    return { email, file };
  }
  const password = generatePassword();
  const id = await insertUser(db, { tenantId, email: FIRST_ADMIN_EMAIL, displayName: 'Administrator', role: 'admin', passwordHash: await hashPassword(password) });
  if (!id) return undefined; // another process won the race; it prints the login
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ email: FIRST_ADMIN_EMAIL, password, createdAt: new Date().toISOString() }, null, 2) + '\n', { mode: 0o600 });
  return { email: FIRST_ADMIN_EMAIL, password, file };
}
