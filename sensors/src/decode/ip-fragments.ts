// IPv4/IPv6 fragment reassembly. Bounded: at most MAX_DATAGRAMS in flight, 64 KiB each, dropped after
// TIMEOUT_MS of capture time; overlapping fragments keep the first copy (as most stacks do).

const MAX_DATAGRAMS = 1024;
const MAX_BYTES = 65535;
const TIMEOUT_MS = 30_000;

interface Pending { parts: Array<[number, Uint8Array]>; total: number; bytes: number; firstTs: number }

export class FragmentReassembler {
  private pending = new Map<string, Pending>();
  dropped = 0;

  get size(): number { return this.pending.size; }

  /** Adds one fragment; returns the whole payload when the datagram is complete. */
  add(key: string, offset: number, more: boolean, data: Uint8Array, tsMs: number): Uint8Array | undefined {
    let p = this.pending.get(key);
    if (!p) {
      if (this.pending.size >= MAX_DATAGRAMS) this.evict(tsMs, true);
      p = { parts: [], total: -1, bytes: 0, firstTs: tsMs };
      this.pending.set(key, p);
    }
    if (offset + data.length > MAX_BYTES) { this.pending.delete(key); this.dropped++; return undefined; }
    p.parts.push([offset, Buffer.from(data)]);
    p.bytes += data.length;
    if (!more) p.total = offset + data.length;
    if (p.total < 0 || p.bytes < p.total) return undefined;
    p.parts.sort((a, b) => a[0] - b[0]);
    const out = new Uint8Array(p.total);
    let covered = 0;
    for (const [o, d] of p.parts) {
      if (covered >= p.total) break;
      if (o > covered) return undefined; // a hole: wait for the missing piece
      const from = covered - o;
      const take = Math.min(d.length - from, p.total - covered);
      if (take > 0) out.set(d.subarray(from, from + take), covered);
      covered = Math.max(covered, o + d.length);
    }
    if (covered < p.total) return undefined;
    this.pending.delete(key);
    return out;
  }

  evict(nowMs: number, force = false): void {
    for (const [k, p] of this.pending) {
      if (force || nowMs - p.firstTs > TIMEOUT_MS) { this.pending.delete(k); this.dropped++; if (force) return; }
    }
  }
}
