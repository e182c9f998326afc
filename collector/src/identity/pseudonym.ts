import { createHmac } from 'node:crypto';

/**
 * The tenant-wide pseudonym of a user: HMAC-SHA256(pseudonymKey, lower-cased trimmed identity), hex.
 * Devices and sensors compute the same function with the key they receive at enrollment.
 */
export function pseudonymFor(pseudonymKey: string, identity: string): string {
  return createHmac('sha256', pseudonymKey).update(identity.trim().toLowerCase()).digest('hex');
}
