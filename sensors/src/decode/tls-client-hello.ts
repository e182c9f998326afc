// TLS ClientHello → SNI. Works on the handshake message itself so TCP (record layer) and QUIC
// (CRYPTO frames) share it. ECH (RFC 9849, ext 0xfe0d): the visible SNI is the outer, public name.

export interface ClientHelloInfo {
  sni: string | undefined;
  /** An encrypted_client_hello extension is present: `sni` is the ECH public name, not the real site. */
  ech: boolean;
  alpn: string[];
}

const EXT_SERVER_NAME = 0x0000;
const EXT_ALPN = 0x0010;
const EXT_ECH = 0xfe0d;

/**
 * Parses a handshake message starting at `off` (type byte 1 = ClientHello). Returns undefined if it is
 * not a ClientHello or is malformed; never throws.
 */
export function parseClientHello(b: Uint8Array, off: number, end: number): ClientHelloInfo | undefined {
  if (end - off < 4 || b[off] !== 1) return undefined;
  const bodyLen = (b[off + 1]! << 16) | (b[off + 2]! << 8) | b[off + 3]!;
  const bodyEnd = off + 4 + bodyLen;
  if (bodyEnd > end) return undefined;
  let p = off + 4 + 2 + 32; // legacy_version, random
  if (p >= bodyEnd) return undefined;
  p += 1 + b[p]!; // session id
  if (p + 2 > bodyEnd) return undefined;
  p += 2 + ((b[p]! << 8) | b[p + 1]!); // cipher suites
  if (p + 1 > bodyEnd) return undefined;
  p += 1 + b[p]!; // compression methods
  const info: ClientHelloInfo = { sni: undefined, ech: false, alpn: [] };
  if (p + 2 > bodyEnd) return info; // no extensions (SSLv3-era hello)
  const extEnd = p + 2 + ((b[p]! << 8) | b[p + 1]!);
  if (extEnd > bodyEnd) return undefined;
  p += 2;
  while (p + 4 <= extEnd) {
    const type = (b[p]! << 8) | b[p + 1]!;
    const len = (b[p + 2]! << 8) | b[p + 3]!;
    const data = p + 4;
    if (data + len > extEnd) return undefined;
    if (type === EXT_SERVER_NAME) info.sni = readServerName(b, data, data + len);
    else if (type === EXT_ECH) info.ech = true;
    else if (type === EXT_ALPN) info.alpn = readAlpn(b, data, data + len);
    p = data + len;
  }
  return info;
}

function readServerName(b: Uint8Array, p: number, end: number): string | undefined {
  if (p + 2 > end) return undefined;
  const listEnd = Math.min(end, p + 2 + ((b[p]! << 8) | b[p + 1]!));
  p += 2;
  while (p + 3 <= listEnd) {
    const nameType = b[p]!;
    const len = (b[p + 1]! << 8) | b[p + 2]!;
    if (p + 3 + len > listEnd) return undefined;
    if (nameType === 0) return latin1(b, p + 3, p + 3 + len);
    p += 3 + len;
  }
  return undefined;
}

function readAlpn(b: Uint8Array, p: number, end: number): string[] {
  const out: string[] = [];
  p += 2;
  while (p < end) {
    const len = b[p]!;
    if (p + 1 + len > end) break;
    out.push(latin1(b, p + 1, p + 1 + len));
    p += 1 + len;
  }
  return out;
}

function latin1(b: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(b[i]!);
  return s;
}

/**
 * Record layer over TCP: if `b[off..end)` begins a TLS handshake record, returns how many bytes the
 * whole ClientHello needs (so the caller can wait for more segments), or -1 if this is not TLS.
 */
export function tlsClientHelloNeeded(b: Uint8Array, off: number, end: number): number {
  if (end - off < 6) return end - off >= 1 && b[off] === 0x16 ? 6 : -1;
  if (b[off] !== 0x16 || b[off + 1] !== 3 || b[off + 2]! > 4 || b[off + 5] !== 1) return -1;
  const recLen = (b[off + 3]! << 8) | b[off + 4]!;
  if (end - off < 9) return 9;
  const hsLen = (b[off + 6]! << 16) | (b[off + 7]! << 8) | b[off + 8]!;
  // A ClientHello larger than one record continues in the next record(s) (post-quantum key shares).
  return hsLen + 4 <= recLen ? 5 + recLen : 5 + hsLen + 4 + 5 * Math.ceil((hsLen + 4 - recLen) / 16384);
}

/** Concatenates handshake bytes across records, then parses the ClientHello. */
export function parseTlsRecords(b: Uint8Array, off: number, end: number): ClientHelloInfo | undefined {
  const first = (b[off + 3]! << 8) | b[off + 4]!;
  if (off + 5 + first >= end || b[off + 5 + first] !== 0x16) return parseClientHello(b, off + 5, Math.min(end, off + 5 + first));
  const parts: Uint8Array[] = [];
  let p = off;
  while (p + 5 <= end && b[p] === 0x16) {
    const len = (b[p + 3]! << 8) | b[p + 4]!;
    parts.push(b.subarray(p + 5, Math.min(end, p + 5 + len)));
    p += 5 + len;
  }
  const joined = Buffer.concat(parts);
  return parseClientHello(joined, 0, joined.length);
}
