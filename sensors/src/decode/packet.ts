import { ipv4ToString, ipv6ToString } from './addr';
import { decodeDns, DnsDecodeError } from './dns';
import { parseHttpRequestHead, looksLikeHttpRequest } from './http-host';
import { FragmentReassembler } from './ip-fragments';
import { ipOffset } from './link';
import { CryptoStream, decryptInitials } from './quic-initial';
import { parseTlsRecords, tlsClientHelloNeeded } from './tls-client-hello';
import { MAX_FLOW_BYTES, TcpStreams, type Flow } from './tcp-streams';

/** What one packet (or reassembled stream) tells us: a name some address asked for or connected to. */
export interface PacketSighting {
  kind: 'dns' | 'tls' | 'quic' | 'http';
  tsMs: number;
  src: string;
  dst: string;
  host: string;
  /** DNS only: the message is a response (the client is then `dst`). */
  isResponse: boolean;
  /** TLS/QUIC only: ECH present, `host` is the outer (public) name. */
  ech: boolean;
  /** DNS only: the question's record type name. */
  qtype?: string | undefined;
}

export interface PacketStats {
  packets: number;
  notIp: number;
  malformed: number;
  dnsMessages: number;
  tlsClientHellos: number;
  quicClientHellos: number;
  httpRequests: number;
  fragmentsReassembled: number;
}

const PROTO_TCP = 6;
const PROTO_UDP = 17;
const DNS_PORTS = new Set([53, 5353, 5355]);
const MAX_QUIC_STREAMS = 4096;
const SWEEP_EVERY = 65536;

/** Called per sighting; the object is reused after the call returns: copy what you keep. */
export type SightingSink = (s: PacketSighting) => void;

/**
 * Stateful per-capture decoder: link → IP (fragments) → UDP/TCP → DNS / TLS / QUIC / HTTP.
 * Never throws on packet content; bad packets are counted in `stats.malformed`.
 */
export class PacketDecoder {
  readonly stats: PacketStats = { packets: 0, notIp: 0, malformed: 0, dnsMessages: 0, tlsClientHellos: 0, quicClientHellos: 0, httpRequests: 0, fragmentsReassembled: 0 };
  private frags = new FragmentReassembler();
  private tcp = new TcpStreams();
  private quic = new Map<string, CryptoStream>();
  private src = '';
  private dst = '';
  private ipBuf: Uint8Array = new Uint8Array(0);
  private srcOff = 0;
  private addrLen = 0;

  constructor(private readonly sink: SightingSink) {}

  decode(linktype: number, b: Uint8Array, off: number, caplen: number, tsMs: number): void {
    this.stats.packets++;
    if ((this.stats.packets & (SWEEP_EVERY - 1)) === 0) { this.tcp.evictIdle(tsMs); this.frags.evict(tsMs); }
    const end = off + caplen;
    const ip = ipOffset(linktype, b, off, end);
    if (ip < 0) { this.stats.notIp++; return; }
    const v = b[ip]! >> 4;
    if (v === 4) this.ipv4(b, ip, end, tsMs);
    else if (v === 6) this.ipv6(b, ip, end, tsMs);
    else this.stats.notIp++;
  }

  private ipv4(b: Uint8Array, p: number, end: number, tsMs: number): void {
    const ihl = (b[p]! & 0x0f) * 4;
    if (ihl < 20 || p + ihl > end) { this.stats.malformed++; return; }
    const total = (b[p + 2]! << 8) | b[p + 3]!;
    if (total >= ihl && p + total < end) end = p + total; // drop Ethernet padding
    const proto = b[p + 9]!;
    this.ipBuf = b; this.srcOff = p + 12; this.addrLen = 4; this.src = ''; this.dst = '';
    const fragField = (b[p + 6]! << 8) | b[p + 7]!;
    const more = (fragField & 0x2000) !== 0;
    const fragOff = (fragField & 0x1fff) * 8;
    if (more || fragOff > 0) {
      const key = `4|${ipv4ToString(b, p + 12)}|${ipv4ToString(b, p + 16)}|${(b[p + 4]! << 8) | b[p + 5]!}|${proto}`;
      const whole = this.frags.add(key, fragOff, more, b.subarray(p + ihl, end), tsMs);
      if (!whole) return;
      this.stats.fragmentsReassembled++;
      this.src = ipv4ToString(b, p + 12); this.dst = ipv4ToString(b, p + 16);
      this.transport(proto, whole, 0, whole.length, tsMs);
      return;
    }
    this.transport(proto, b, p + ihl, end, tsMs);
  }

  private ipv6(b: Uint8Array, p: number, end: number, tsMs: number): void {
    if (p + 40 > end) { this.stats.malformed++; return; }
    const payloadLen = (b[p + 4]! << 8) | b[p + 5]!;
    if (payloadLen > 0 && p + 40 + payloadLen < end) end = p + 40 + payloadLen;
    this.ipBuf = b; this.srcOff = p + 8; this.addrLen = 16; this.src = ''; this.dst = '';
    let next = b[p + 6]!;
    let q = p + 40;
    for (let hops = 0; hops < 8; hops++) {
      if (next === 0 || next === 43 || next === 60 || next === 51) {
        if (q + 2 > end) { this.stats.malformed++; return; }
        const len = next === 51 ? (b[q + 1]! + 2) * 4 : (b[q + 1]! + 1) * 8;
        next = b[q]!;
        q += len;
        continue;
      }
      if (next === 44) {
        if (q + 8 > end) { this.stats.malformed++; return; }
        const proto = b[q]!;
        const offField = (b[q + 2]! << 8) | b[q + 3]!;
        const id = ((b[q + 4]! << 24) | (b[q + 5]! << 16) | (b[q + 6]! << 8) | b[q + 7]!) >>> 0;
        const src = ipv6ToString(b, p + 8);
        const dst = ipv6ToString(b, p + 24);
        const whole = this.frags.add(`6|${src}|${dst}|${id}`, offField & 0xfff8, (offField & 1) === 1, b.subarray(q + 8, end), tsMs);
        if (!whole) return;
        this.stats.fragmentsReassembled++;
        this.src = src; this.dst = dst;
        this.transport(proto, whole, 0, whole.length, tsMs);
        return;
      }
      break;
    }
    if (q > end) { this.stats.malformed++; return; }
    this.transport(next, b, q, end, tsMs);
  }

  private srcText(): string {
    if (!this.src) this.src = this.addrLen === 4 ? ipv4ToString(this.ipBuf, this.srcOff) : ipv6ToString(this.ipBuf, this.srcOff);
    return this.src;
  }

  private dstText(): string {
    if (!this.dst) this.dst = this.addrLen === 4 ? ipv4ToString(this.ipBuf, this.srcOff + 4) : ipv6ToString(this.ipBuf, this.srcOff + 16);
    return this.dst;
  }

  private transport(proto: number, b: Uint8Array, p: number, end: number, tsMs: number): void {
    if (proto === PROTO_UDP) {
      if (p + 8 > end) { this.stats.malformed++; return; }
      const sport = (b[p]! << 8) | b[p + 1]!;
      const dport = (b[p + 2]! << 8) | b[p + 3]!;
      const ulen = (b[p + 4]! << 8) | b[p + 5]!;
      if (ulen >= 8 && p + ulen < end) end = p + ulen;
      if (DNS_PORTS.has(dport) || DNS_PORTS.has(sport)) this.dns(b, p + 8, end, tsMs);
      else if ((dport === 443 || dport === 8443) && end - p > 8 + 20 && (b[p + 8]! & 0xc0) === 0xc0) this.quicInitial(b, p + 8, end, tsMs);
      return;
    }
    if (proto === PROTO_TCP) {
      if (p + 20 > end) { this.stats.malformed++; return; }
      const doff = (b[p + 12]! >> 4) * 4;
      if (doff < 20 || p + doff > end) { this.stats.malformed++; return; }
      const payload = p + doff;
      const sport = (b[p]! << 8) | b[p + 1]!;
      const dport = (b[p + 2]! << 8) | b[p + 3]!;
      const seq = ((b[p + 4]! << 24) | (b[p + 5]! << 16) | (b[p + 6]! << 8) | b[p + 7]!) >>> 0;
      const fin = (b[p + 13]! & 0x05) !== 0; // FIN or RST
      if (payload >= end) {
        if (fin && this.tcp.size > 0) this.tcp.delete(this.flowKey(sport, dport));
        return;
      }
      this.tcpPayload(b, payload, end, sport, dport, seq, tsMs);
    }
  }

  private flowKey(sport: number, dport: number): string {
    return `${this.srcText()}|${sport}|${this.dstText()}|${dport}`;
  }

  private tcpPayload(b: Uint8Array, p: number, end: number, sport: number, dport: number, seq: number, tsMs: number): void {
    const isDns = dport === 53 || sport === 53;
    if (this.tcp.size > 0 || isDns) {
      const key = this.flowKey(sport, dport);
      const flow = this.tcp.get(key);
      if (flow) {
        if (!this.tcp.append(flow, seq, b.subarray(p, end), tsMs)) { this.tcp.delete(key); this.stats.malformed++; return; }
        this.drainFlow(key, flow, tsMs);
        return;
      }
      if (isDns) {
        const f = this.tcp.open(key, 'dns', seq, tsMs);
        this.tcp.append(f, seq, b.subarray(p, end), tsMs);
        this.drainFlow(key, f, tsMs);
        return;
      }
    }
    const first = b[p]!;
    if (first === 0x16) {
      const need = tlsClientHelloNeeded(b, p, end);
      if (need < 0) return;
      if (need <= end - p) { this.tlsHello(b, p, end, tsMs); return; }
      if (need > MAX_FLOW_BYTES) { this.stats.malformed++; return; }
      const key = this.flowKey(sport, dport);
      const f = this.tcp.open(key, 'tls', seq, tsMs, need);
      this.tcp.append(f, seq, b.subarray(p, end), tsMs);
    } else if (looksLikeHttpRequest(b, p, end)) {
      const head = parseHttpRequestHead(b, p, end);
      if (head?.host) {
        this.stats.httpRequests++;
        this.emit('http', tsMs, head.host, false, false);
      }
    }
  }

  private drainFlow(key: string, flow: Flow, tsMs: number): void {
    if (flow.kind === 'tls') {
      const need = tlsClientHelloNeeded(flow.buf, 0, flow.len);
      if (need < 0) { this.tcp.delete(key); return; }
      if (flow.len >= need) { this.tcp.delete(key); this.tlsHello(flow.buf, 0, flow.len, tsMs); }
      return;
    }
    while (flow.len >= 2) {
      const msgLen = (flow.buf[0]! << 8) | flow.buf[1]!;
      if (flow.len < 2 + msgLen) return;
      this.dns(flow.buf, 2, 2 + msgLen, tsMs);
      this.tcp.consume(flow, 2 + msgLen);
    }
  }

  private tlsHello(b: Uint8Array, p: number, end: number, tsMs: number): void {
    const hello = parseTlsRecords(b, p, end);
    if (!hello) { this.stats.malformed++; return; }
    this.stats.tlsClientHellos++;
    if (hello.sni) this.emit('tls', tsMs, hello.sni, false, hello.ech);
  }

  private dns(b: Uint8Array, p: number, end: number, tsMs: number): void {
    let msg;
    try {
      msg = decodeDns(b, p, end, false, false);
    } catch (e) {
      if (e instanceof DnsDecodeError || e instanceof RangeError) { this.stats.malformed++; return; }
      throw e;
    }
    this.stats.dnsMessages++;
    for (const q of msg.questions) this.emit('dns', tsMs, q.name, msg.isResponse, false, q.typeName);
  }

  private quicInitial(b: Uint8Array, p: number, end: number, tsMs: number): void {
    const initials = decryptInitials(b, p, end);
    if (!initials) return;
    for (const init of initials) {
      let stream = this.quic.get(init.dcid);
      if (!stream) {
        if (this.quic.size >= MAX_QUIC_STREAMS) this.quic.delete(this.quic.keys().next().value!);
        stream = new CryptoStream();
        this.quic.set(init.dcid, stream);
      }
      const hello = stream.add(init.crypto);
      if (hello) {
        this.quic.delete(init.dcid);
        this.stats.quicClientHellos++;
        if (hello.sni) this.emit('quic', tsMs, hello.sni, false, hello.ech);
      }
    }
  }

  // One object, refilled per sighting: sinks copy what they keep (most keep only counters).
  private readonly out: PacketSighting = { kind: 'dns', tsMs: 0, src: '', dst: '', host: '', isResponse: false, ech: false };

  private emit(kind: PacketSighting['kind'], tsMs: number, host: string, isResponse: boolean, ech: boolean, qtype?: string): void {
    const s = this.out;
    s.kind = kind; s.tsMs = tsMs; s.src = this.srcText(); s.dst = this.dstText(); s.host = host; s.isResponse = isResponse; s.ech = ech; s.qtype = qtype;
    this.sink(s);
  }
}
