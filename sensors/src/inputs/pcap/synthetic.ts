import { encodeDnsQuery } from '../../decode/dns';

// Deterministic synthetic traffic for tests and benches: DNS (UDP, v4/v6, VLAN), TLS ClientHellos
// (whole and split across two segments) and HTTP requests, written as classic pcap (Ethernet).

export function buildClientHello(sni: string | undefined, ech = false): Uint8Array {
  const exts: number[] = [];
  if (sni !== undefined) {
    const name = [...sni].map((c) => c.charCodeAt(0));
    const entry = [0, name.length >> 8, name.length & 0xff, ...name];
    const list = [entry.length >> 8, entry.length & 0xff, ...entry];
    exts.push(0, 0, list.length >> 8, list.length & 0xff, ...list);
  }
  if (ech) exts.push(0xfe, 0x0d, 0, 4, 0, 0, 1, 0);
  exts.push(0x00, 0x15, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0); // padding
  const body = [3, 3, ...new Array<number>(32).fill(7), 0, 0, 4, 0x13, 0x01, 0x13, 0x02, 1, 0, exts.length >> 8, exts.length & 0xff, ...exts];
  const hs = [1, body.length >> 16, (body.length >> 8) & 0xff, body.length & 0xff, ...body];
  return Uint8Array.from([0x16, 3, 1, hs.length >> 8, hs.length & 0xff, ...hs]);
}

function ipv4(src: number, dst: number, proto: number, payload: Uint8Array): Uint8Array {
  const h = new Uint8Array(20 + payload.length);
  const total = h.length;
  h.set([0x45, 0, total >> 8, total & 0xff, 0, 0, 0x40, 0, 64, proto, 0, 0]);
  h.set([src >>> 24, (src >> 16) & 255, (src >> 8) & 255, src & 255, dst >>> 24, (dst >> 16) & 255, (dst >> 8) & 255, dst & 255], 12);
  h.set(payload, 20);
  return h;
}

function ipv6(srcLow: number, dstLow: number, proto: number, payload: Uint8Array): Uint8Array {
  const h = new Uint8Array(40 + payload.length);
  h.set([0x60, 0, 0, 0, payload.length >> 8, payload.length & 0xff, proto, 64]);
  h.set([0x20, 0x01, 0x0d, 0xb8], 8);
  h.set([srcLow >> 8, srcLow & 255], 22);
  h.set([0x20, 0x01, 0x0d, 0xb8], 24);
  h.set([dstLow >> 8, dstLow & 255], 38);
  h.set(payload, 40);
  return h;
}

function udp(sport: number, dport: number, payload: Uint8Array): Uint8Array {
  const u = new Uint8Array(8 + payload.length);
  u.set([sport >> 8, sport & 255, dport >> 8, dport & 255, u.length >> 8, u.length & 255, 0, 0]);
  u.set(payload, 8);
  return u;
}

function tcp(sport: number, dport: number, seq: number, payload: Uint8Array): Uint8Array {
  const t = new Uint8Array(20 + payload.length);
  t.set([sport >> 8, sport & 255, dport >> 8, dport & 255, seq >>> 24, (seq >> 16) & 255, (seq >> 8) & 255, seq & 255, 0, 0, 0, 0, 0x50, 0x18, 0xff, 0xff]);
  t.set(payload, 20);
  return t;
}

function ethernet(ip: Uint8Array, v6: boolean, vlan: boolean): Uint8Array {
  const hdr = vlan ? 18 : 14;
  const f = new Uint8Array(hdr + ip.length);
  f.set([2, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 2]);
  if (vlan) f.set([0x81, 0x00, 0x00, 0x0a], 12);
  f.set(v6 ? [0x86, 0xdd] : [0x08, 0x00], hdr - 2);
  f.set(ip, hdr);
  return f;
}

/** One Ethernet/IPv4 frame; `proto` 6 = TCP (with `seq`), 17 = UDP. For tests. */
export function ipv4Frame(src: number, dst: number, proto: 6 | 17, sport: number, dport: number, payload: Uint8Array, seq = 0): Uint8Array {
  return ethernet(ipv4(src, dst, proto, proto === 6 ? tcp(sport, dport, seq, payload) : udp(sport, dport, payload)), false, false);
}

const HOSTS = ['chatgpt.com', 'api.openai.com', 'claude.ai', 'gemini.google.com', 'www.example.com', 'copilot.microsoft.com', 'cdn.example.net', 'perplexity.ai', 'mytenant.openai.azure.com', 'news.example.org'];

export interface SyntheticOptions { packets: number; seed?: number }

/** Yields pcap file chunks (header first) so a 200 MB capture never sits in memory. */
export function* syntheticPcap(opts: SyntheticOptions): Generator<Uint8Array> {
  const header = new Uint8Array(24);
  const dv = new DataView(header.buffer);
  dv.setUint32(0, 0xa1b2c3d4, true); dv.setUint16(4, 2, true); dv.setUint16(6, 4, true); dv.setUint32(16, 65535, true); dv.setUint32(20, 1, true);
  yield header;
  let seed = opts.seed ?? 1;
  const rand = (): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed; };
  const frames: Uint8Array[] = [];
  let size = 0;
  let ts = 1_700_000_000_000; // ms
  let flow = 0; // every TCP connection gets its own 5-tuple, as real ones do
  for (let i = 0; i < opts.packets; ) {
    const r = rand();
    const host = HOSTS[(r >>> 7) % HOSTS.length]!; // LCG low bits cycle: use higher ones
    const client = 0x0a000000 + ((r >>> 11) % 50) + 1;
    const v6 = r % 7 === 0;
    const vlan = r % 5 === 0;
    const kind = (r >> 8) % 4;
    const push = (ip: Uint8Array): void => {
      const frame = ethernet(ip, v6, vlan);
      const rec = new Uint8Array(16 + frame.length);
      const rv = new DataView(rec.buffer);
      ts += 1;
      rv.setUint32(0, Math.floor(ts / 1000), true); rv.setUint32(4, (ts % 1000) * 1000, true);
      rv.setUint32(8, frame.length, true); rv.setUint32(12, frame.length, true);
      rec.set(frame, 16);
      frames.push(rec);
      size += rec.length;
      i++;
    };
    const mk = (src: number, dst: number, proto: number, payload: Uint8Array): Uint8Array => (v6 ? ipv6(src & 0xffff, dst & 0xffff, proto, payload) : ipv4(src, dst, proto, payload));
    if (kind <= 1) {
      push(mk(client, 0x08080808, 17, udp(40000 + (r % 20000), 53, encodeDnsQuery(r & 0xffff, host, v6 ? 28 : 1))));
      push(mk(0x08080808, client, 17, udp(53, 40000 + (r % 20000), encodeDnsQuery(r & 0xffff, host, v6 ? 28 : 1, true))));
    } else if (kind === 2) {
      const hello = buildClientHello(host, r % 11 === 0);
      const seq = r * 7;
      const sport = 1024 + (flow++ % 64000);
      const server = 0x68000001 + Math.floor(flow / 64000);
      if (r % 3 === 0) {
        const cut = 20 + (r % 30);
        push(mk(client, server, 6, tcp(sport, 443, seq, hello.subarray(0, cut))));
        push(mk(client, server, 6, tcp(sport, 443, seq + cut, hello.subarray(cut))));
      } else {
        push(mk(client, server, 6, tcp(sport, 443, seq, hello)));
      }
    } else {
      const req = new TextEncoder().encode(`GET /x HTTP/1.1\r\nHost: ${host}\r\nUser-Agent: synthetic\r\n\r\n`);
      push(mk(client, 0x69000000 + Math.floor(flow / 64000), 6, tcp(1024 + (flow++ % 64000), 80, r, req)));
    }
    if (size > 1 << 20) { yield concat(frames, size); frames.length = 0; size = 0; }
  }
  if (size) yield concat(frames, size);
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
}
