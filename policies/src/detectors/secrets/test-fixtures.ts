// Deterministic look-alike secrets for the table tests. Built at run time so the repository holds
// no secret-shaped literal for push protection or scanners to trip on.
export const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const HEX = '0123456789abcdef';
export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const B64 = `${B62}+/`;
export const URLSAFE = `${B62}_-`;

/** `length` pseudo-random characters from `alphabet` after `prefix`; same seed, same string. */
export function fake(prefix: string, alphabet: string, length: number, seed = 1): string {
  let x = (seed * 2654435761) >>> 0 || 1;
  let out = prefix;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out += alphabet[x % alphabet.length];
  }
  return out;
}
