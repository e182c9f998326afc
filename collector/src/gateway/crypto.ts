// Vault cryptography: AES-256-GCM for values at rest, HMAC-SHA256 for keyed value ids. Both keys
// are derived (HKDF) from one 32-byte master key so a deployment manages one secret; the derived
// keys differ, so the id key cannot decrypt and the encryption key cannot be probed through ids.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface VaultKeys {
  enc: Buffer;
  mac: Buffer;
}

export function deriveVaultKeys(master: Uint8Array): VaultKeys {
  if (master.length !== 32) throw new Error('the gateway vault key must be 32 bytes');
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, 32));
  return { enc: derive('protocol-zero/gateway/vault-enc/v1'), mac: derive('protocol-zero/gateway/vault-mac/v1') };
}

/** iv | tag | ciphertext. `aad` binds the ciphertext to its row: a value copied to another row fails to open. */
export function seal(key: Buffer, plaintext: string, aad: string, iv: Buffer = randomBytes(IV_BYTES)): Buffer {
  if (iv.length !== IV_BYTES) throw new Error('seal: the IV must be 12 bytes');
  const c = createCipheriv('aes-256-gcm', key, iv);
  c.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([c.update(plaintext, 'utf8'), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), body]);
}

/** Seals many values with one call to the random source (a new conversation seals ~100 at once). */
export function sealMany(key: Buffer, items: readonly { plaintext: string; aad: string }[]): Buffer[] {
  const ivs = randomBytes(IV_BYTES * items.length);
  return items.map((it, i) => seal(key, it.plaintext, it.aad, ivs.subarray(i * IV_BYTES, (i + 1) * IV_BYTES)));
}

export function open(key: Buffer, sealed: Uint8Array, aad: string): string {
  const b = Buffer.from(sealed);
  if (b.length < IV_BYTES + TAG_BYTES) throw new Error('vault entry too short');
  const d = createDecipheriv('aes-256-gcm', key, b.subarray(0, IV_BYTES));
  d.setAAD(Buffer.from(aad, 'utf8'));
  d.setAuthTag(b.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([d.update(b.subarray(IV_BYTES + TAG_BYTES)), d.final()]).toString('utf8');
}

/** Keyed id of a value within one tenant+conversation: equal values meet, nothing else is learnt. */
export function keyedId(mac: Buffer, tenantId: string, conversationId: string): (value: string) => string {
  const prefix = `${tenantId}\u0000${conversationId}\u0000`;
  return (value) => createHmac('sha256', mac).update(prefix + value).digest('base64url');
}
