// The MDM kit's enrollment secret is DERIVED, not stored: HMAC(key, tenant + secret row id). The
// database keeps only its sha256 (like every secret), so a dump does not yield it, yet every kit
// download can embed the same current secret until an admin rotates it (a new row id).
// The key: PZ_ENROLLMENT_KEY (set the same value on every collector process), else a key file created
// beside the embedded data. A different key cannot re-derive the secret: the hash check says so.
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sha256 } from './secrets';

const KEY_FILE = 'enrollment.key';

/** ≥ 32 bytes of key material from the configured value, or from (a new) key file in `dataDir`. */
export function loadEnrollmentKey(configured: string | undefined, dataDir: string): Buffer {
  if (configured) {
    const key = Buffer.from(configured.trim(), 'utf8');
    if (key.length < 32) throw new Error('PZ_ENROLLMENT_KEY must be at least 32 characters');
    return key;
  }
  const file = path.join(dataDir, KEY_FILE);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    } catch (err) {
      if ((err as { code?: string }).code !== 'EEXIST') throw err; // another process won the race: use its key
    }
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8');
}

/** The enrollment secret of kit row `secretId` (same format as generateSecret: `pze_` + base64url). */
export function kitSecret(key: Buffer, tenantId: string, secretId: string): string {
  return 'pze_' + createHmac('sha256', key).update(`mdm-kit\0${tenantId}\0${secretId}`).digest().subarray(0, 24).toString('base64url');
}

/** The kit secret if this key derives the stored hash, else undefined (key changed or differs per host). */
export function rederiveKitSecret(key: Buffer, tenantId: string, secretId: string, storedHash: string): string | undefined {
  const secret = kitSecret(key, tenantId, secretId);
  return sha256(secret) === storedHash ? secret : undefined;
}
