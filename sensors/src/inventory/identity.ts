import { createHmac } from 'node:crypto';
import { isIP } from 'node:net';

// --identity map.csv: `cidr_or_ip,user[,department]` (a header line is allowed). Longest prefix wins.

export interface Identity { user: string; department: string | undefined }
interface Range { family: 4 | 6; base: bigint; bits: number; identity: Identity }

export class IdentityFormatError extends Error {}

function ipToBigInt(ip: string): [4 | 6, bigint] | undefined {
  const fam = isIP(ip);
  if (fam === 4) return [4, ip.split('.').reduce((acc, o) => (acc << 8n) | BigInt(Number(o)), 0n)];
  if (fam === 6) {
    const [head = '', tail] = ip.split('::');
    const h = head ? head.split(':') : [];
    const t = tail !== undefined && tail ? tail.split(':') : [];
    const groups = [...h, ...new Array<string>(8 - h.length - t.length).fill('0'), ...t];
    if (groups.some((g) => g.includes('.'))) return undefined; // embedded IPv4 forms are not mapped
    return [6, groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g || '0', 16)), 0n)];
  }
  return undefined;
}

export class IdentityMap {
  private ranges: Range[] = [];
  private cache = new Map<string, Identity | null>();

  static parse(text: string): IdentityMap {
    const map = new IdentityMap();
    text.split(/\r?\n/).forEach((raw, i) => {
      const line = raw.trim();
      if (!line || line.startsWith('#')) return;
      const [net = '', user = '', dept] = line.split(',').map((c) => c.trim());
      const [addr = '', bitsText] = net.split('/');
      const parsed = ipToBigInt(addr);
      if (!parsed) {
        if (i === 0) return; // header
        throw new IdentityFormatError(`identity map line ${i + 1}: '${net}' is not an IP address or CIDR range`);
      }
      const [family, value] = parsed;
      const width = family === 4 ? 32 : 128;
      const bits = bitsText === undefined ? width : Number(bitsText);
      if (!Number.isInteger(bits) || bits < 0 || bits > width) throw new IdentityFormatError(`identity map line ${i + 1}: bad prefix length '/${bitsText}'`);
      if (!user) throw new IdentityFormatError(`identity map line ${i + 1}: missing user`);
      const shift = BigInt(width - bits);
      map.ranges.push({ family, base: (value >> shift) << shift, bits, identity: { user, department: dept || undefined } });
    });
    map.ranges.sort((a, b) => b.bits - a.bits);
    return map;
  }

  get size(): number { return this.ranges.length; }

  lookup(ip: string): Identity | undefined {
    const hit = this.cache.get(ip);
    if (hit !== undefined) return hit ?? undefined;
    const parsed = ipToBigInt(ip);
    let found: Identity | undefined;
    if (parsed) {
      const [family, value] = parsed;
      const width = family === 4 ? 32 : 128;
      for (const r of this.ranges) {
        if (r.family !== family) continue;
        const shift = BigInt(width - r.bits);
        if ((value >> shift) << shift === r.base) { found = r.identity; break; }
      }
    }
    if (this.cache.size > 100_000) this.cache.clear();
    this.cache.set(ip, found ?? null);
    return found;
  }
}

/** Keyed hash of a user name: stable per key, not reversible without it. 32 hex chars. */
export function pseudonymize(user: string, key: string): string {
  return createHmac('sha256', key).update(user.normalize('NFC').toLowerCase()).digest('hex').slice(0, 32);
}
