// Just enough TCP reassembly for two jobs: DNS-over-TCP (2-byte length prefixes, several messages per
// connection) and a TLS ClientHello split across segments. Per flow at most MAX_FLOW_BYTES are held,
// at most MAX_FLOWS flows are tracked (oldest evicted first) and idle flows go after IDLE_MS.

export const MAX_FLOW_BYTES = 65538;
const MAX_FLOWS = 8192;
const IDLE_MS = 60_000;
const MAX_OUT_OF_ORDER = 8;

export interface Flow {
  kind: 'dns' | 'tls';
  nextSeq: number;
  buf: Uint8Array;
  len: number;
  lastTs: number;
  ooo: Array<[number, Uint8Array]>;
}

export class TcpStreams {
  private flows = new Map<string, Flow>();
  evicted = 0;

  get size(): number { return this.flows.size; }
  get(key: string): Flow | undefined { return this.flows.get(key); }
  delete(key: string): void { this.flows.delete(key); }

  open(key: string, kind: Flow['kind'], seq: number, tsMs: number, capacity = 2048): Flow {
    if (this.flows.size >= MAX_FLOWS) {
      const oldest = this.flows.keys().next().value;
      if (oldest !== undefined) { this.flows.delete(oldest); this.evicted++; }
    }
    const flow: Flow = { kind, nextSeq: seq, buf: new Uint8Array(Math.min(MAX_FLOW_BYTES, capacity)), len: 0, lastTs: tsMs, ooo: [] };
    this.flows.set(key, flow);
    return flow;
  }

  /** Appends a segment in sequence order; returns false if the flow overflowed (caller drops it). */
  append(flow: Flow, seq: number, data: Uint8Array, tsMs: number): boolean {
    flow.lastTs = tsMs;
    const delta = (seq - flow.nextSeq) | 0; // 32-bit wrap-around aware
    if (delta > 0) {
      if (flow.ooo.length < MAX_OUT_OF_ORDER) flow.ooo.push([seq, Buffer.from(data)]);
      return true;
    }
    if (-delta >= data.length) return true; // pure retransmission
    if (!this.write(flow, data.subarray(-delta))) return false;
    flow.nextSeq = (flow.nextSeq + data.length + delta) >>> 0;
    // A gap may now be filled by segments that arrived early.
    for (let progressed = true; progressed && flow.ooo.length; ) {
      progressed = false;
      for (let i = 0; i < flow.ooo.length; i++) {
        const [s, d] = flow.ooo[i]!;
        const dd = (s - flow.nextSeq) | 0;
        if (dd > 0) continue;
        flow.ooo.splice(i, 1);
        if (-dd < d.length) {
          if (!this.write(flow, d.subarray(-dd))) return false;
          flow.nextSeq = (flow.nextSeq + d.length + dd) >>> 0;
        }
        progressed = true;
        break;
      }
    }
    return true;
  }

  private write(flow: Flow, data: Uint8Array): boolean {
    const need = flow.len + data.length;
    if (need > MAX_FLOW_BYTES) return false;
    if (need > flow.buf.length) {
      const grown = new Uint8Array(Math.min(MAX_FLOW_BYTES, Math.max(need, flow.buf.length * 2)));
      grown.set(flow.buf.subarray(0, flow.len));
      flow.buf = grown;
    }
    flow.buf.set(data, flow.len);
    flow.len = need;
    return true;
  }

  /** Drops the first n buffered bytes (consumed messages). */
  consume(flow: Flow, n: number): void {
    flow.buf.copyWithin(0, n, flow.len);
    flow.len -= n;
  }

  evictIdle(nowMs: number): void {
    for (const [k, f] of this.flows) if (nowMs - f.lastTs > IDLE_MS) { this.flows.delete(k); this.evicted++; }
  }
}
