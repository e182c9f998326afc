import { ipv4ToString, ipv6ToString } from './addr';
import { dnsTypeName } from './dns-types';

export interface DnsQuestion { name: string; type: number; typeName: string; qclass: number }
export interface DnsAnswer { name: string; type: number; typeName: string; ttl: number; data: string | undefined }
export interface DnsMessage {
  id: number;
  isResponse: boolean;
  opcode: number;
  rcode: number;
  questions: DnsQuestion[];
  answers: DnsAnswer[];
}

export class DnsDecodeError extends Error {}

const MAX_NAME_HOPS = 64; // compression pointers; a loop is malformed, not an infinite loop

/**
 * Reads a (possibly compressed) name at `pos` inside the message `msg[start, end)`.
 * Returns the name and the offset just after it in the original (uncompressed) position.
 */
const NAME_BUF = Buffer.alloc(1400); // 1024 + one escaped 63-byte label

/**
 * Reads a (possibly compressed) name at `pos` inside the message `msg[start, end)`.
 * Returns the name and the offset just after it in the original (uncompressed) position.
 * Bytes are gathered into a scratch buffer and decoded once: one flat string per name.
 */
export function readName(msg: Uint8Array, start: number, end: number, pos: number): [string, number] {
  let n = 0;
  let hops = 0;
  let after = -1;
  const out = NAME_BUF;
  for (;;) {
    if (pos >= end) throw new DnsDecodeError('name runs past message');
    const len = msg[pos]!;
    if (len === 0) { pos++; break; }
    if ((len & 0xc0) === 0xc0) {
      if (pos + 1 >= end) throw new DnsDecodeError('truncated pointer');
      if (++hops > MAX_NAME_HOPS) throw new DnsDecodeError('compression loop');
      if (after < 0) after = pos + 2;
      const target = start + (((len & 0x3f) << 8) | msg[pos + 1]!);
      if (target >= end) throw new DnsDecodeError('pointer out of range');
      pos = target;
      continue;
    }
    if (len & 0xc0) throw new DnsDecodeError('reserved label type');
    if (pos + 1 + len > end) throw new DnsDecodeError('label runs past message');
    if (n > 0) out[n++] = 0x2e;
    for (let i = pos + 1; i <= pos + len; i++) {
      const c = msg[i]!;
      // Printable ASCII stays as is; anything else is escaped the way dig does (\DDD) so it can't forge output.
      if (c > 0x20 && c < 0x7f && c !== 0x5c) out[n++] = c;
      else { out[n++] = 0x5c; out[n++] = 0x30 + Math.floor(c / 100); out[n++] = 0x30 + (Math.floor(c / 10) % 10); out[n++] = 0x30 + (c % 10); }
    }
    if (n > 1024) throw new DnsDecodeError('name too long');
    pos += 1 + len;
  }
  return [out.toString('latin1', 0, n), after >= 0 ? after : pos];
}

/** Like readName but builds no string: validates and returns the offset after the name. */
function skipName(msg: Uint8Array, start: number, end: number, pos: number): number {
  let hops = 0;
  let after = -1;
  for (;;) {
    if (pos >= end) throw new DnsDecodeError('name runs past message');
    const len = msg[pos]!;
    if (len === 0) return after >= 0 ? after : pos + 1;
    if ((len & 0xc0) === 0xc0) {
      if (pos + 1 >= end) throw new DnsDecodeError('truncated pointer');
      if (++hops > MAX_NAME_HOPS) throw new DnsDecodeError('compression loop');
      if (after < 0) after = pos + 2;
      pos = start + (((len & 0x3f) << 8) | msg[pos + 1]!);
      if (pos >= end) throw new DnsDecodeError('pointer out of range');
      continue;
    }
    if (len & 0xc0) throw new DnsDecodeError('reserved label type');
    if (pos + 1 + len > end) throw new DnsDecodeError('label runs past message');
    pos += 1 + len;
  }
}

function rdataText(msg: Uint8Array, start: number, end: number, type: number, pos: number, rdlen: number): string | undefined {
  if (type === 1 && rdlen === 4) return ipv4ToString(msg, pos);
  if (type === 28 && rdlen === 16) return ipv6ToString(msg, pos);
  if (type === 5 || type === 2 || type === 12 || type === 39) return readName(msg, start, end, pos)[0];
  return undefined;
}

/** Parses one DNS message (UDP payload, or a TCP message without its 2-byte length prefix). */
export function decodeDns(msg: Uint8Array, start = 0, end = msg.length, formatRdata = true, keepAnswers = true): DnsMessage {
  if (end - start < 12) throw new DnsDecodeError('shorter than header');
  const flags = (msg[start + 2]! << 8) | msg[start + 3]!;
  const qd = (msg[start + 4]! << 8) | msg[start + 5]!;
  const an = (msg[start + 6]! << 8) | msg[start + 7]!;
  let pos = start + 12;
  const questions: DnsQuestion[] = [];
  for (let i = 0; i < qd; i++) {
    const [name, next] = readName(msg, start, end, pos);
    if (next + 4 > end) throw new DnsDecodeError('truncated question');
    const type = (msg[next]! << 8) | msg[next + 1]!;
    questions.push({ name, type, typeName: dnsTypeName(type), qclass: (msg[next + 2]! << 8) | msg[next + 3]! });
    pos = next + 4;
  }
  const answers: DnsAnswer[] = [];
  for (let i = 0; i < an; i++) {
    // Answers are always walked (a malformed one makes the message malformed); names are only built when kept.
    const [name, next] = keepAnswers ? readName(msg, start, end, pos) : ['', skipName(msg, start, end, pos)];
    if (next + 10 > end) throw new DnsDecodeError('truncated answer');
    const type = (msg[next]! << 8) | msg[next + 1]!;
    const ttl = ((msg[next + 4]! << 24) | (msg[next + 5]! << 16) | (msg[next + 6]! << 8) | msg[next + 7]!) >>> 0;
    const rdlen = (msg[next + 8]! << 8) | msg[next + 9]!;
    const rdata = next + 10;
    if (rdata + rdlen > end) throw new DnsDecodeError('rdata runs past message');
    if (keepAnswers) answers.push({ name, type, typeName: dnsTypeName(type), ttl, data: formatRdata ? rdataText(msg, start, end, type, rdata, rdlen) : undefined });
    pos = rdata + rdlen;
  }
  return { id: (msg[start]! << 8) | msg[start + 1]!, isResponse: (flags & 0x8000) !== 0, opcode: (flags >> 11) & 0xf, rcode: flags & 0xf, questions, answers };
}

/** Encodes a query; used by tests, the synthetic capture generator and the bench. */
export function encodeDnsQuery(id: number, name: string, type = 1, response = false): Uint8Array {
  const labels = name.split('.').filter(Boolean);
  const bytes: number[] = [id >> 8, id & 0xff, response ? 0x81 : 0x01, response ? 0x80 : 0x00, 0, 1, 0, 0, 0, 0, 0, 0];
  for (const l of labels) { bytes.push(l.length); for (const ch of l) bytes.push(ch.charCodeAt(0)); }
  bytes.push(0, type >> 8, type & 0xff, 0, 1);
  return Uint8Array.from(bytes);
}
