// Address formatting is done only when a record is emitted, never per packet: it is the costliest step.

// Clients repeat: a bounded cache keyed by the 32-bit address saves four number→string conversions.
const V4_CACHE = new Map<number, string>();

export function ipv4ToString(b: Uint8Array, off: number): string {
  const key = ((b[off]! << 24) | (b[off + 1]! << 16) | (b[off + 2]! << 8) | b[off + 3]!) >>> 0;
  let s = V4_CACHE.get(key);
  if (s === undefined) {
    s = `${b[off]}.${b[off + 1]}.${b[off + 2]}.${b[off + 3]}`;
    if (V4_CACHE.size >= 65536) V4_CACHE.clear();
    V4_CACHE.set(key, s);
  }
  return s;
}

const GROUPS = new Uint16Array(8);

/** RFC 5952 text form (lower-case, longest zero run of ≥ 2 groups compressed), as Zeek and tshark print it. */
export function ipv6ToString(b: Uint8Array, off: number): string {
  const groups = GROUPS;
  for (let i = 0; i < 8; i++) groups[i] = ((b[off + 2 * i] ?? 0) << 8) | (b[off + 2 * i + 1] ?? 0);
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) { bestStart = i; bestLen = j - i; }
    i = j;
  }
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (bestLen >= 2 && i === bestStart) { out += i === 0 ? '::' : ':'; i += bestLen - 1; continue; }
    out += groups[i]!.toString(16);
    if (i < 7) out += ':';
  }
  return out;
}
