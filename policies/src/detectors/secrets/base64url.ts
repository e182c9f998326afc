const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i] as const));

/**
 * Decodes base64url (or standard base64) to a Latin-1 string, one char per byte; null when the
 * input holds other characters. Pure and dependency-free so it runs in every runtime we target.
 */
export function decodeBase64Url(input: string): string | null {
  const s = input.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  let bits = 0;
  let acc = 0;
  let out = '';
  for (const ch of s) {
    const v = VALUE.get(ch);
    if (v === undefined) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((acc >> bits) & 0xff);
    }
  }
  return out;
}
