import { createCipheriv, createDecipheriv, createHmac } from 'node:crypto';
import { parseClientHello, type ClientHelloInfo } from './tls-client-hello';

// QUIC Initial packets are encrypted with keys anyone can derive from the packet's Destination
// Connection ID (RFC 9001 §5.2, RFC 9369 for v2): that is what lets a passive sensor read the SNI.

const V1 = 0x00000001;
const V2 = 0x6b3343cf;
const SALT_V1 = Buffer.from('38762cf7f55934b34d179ae6a4c80cadccbb7f0a', 'hex');
const SALT_V2 = Buffer.from('0dede3def700a6db819381be6e269dcbf9bd2ed9', 'hex');

interface InitialKeys { key: Buffer; iv: Buffer; hp: Buffer }

function hkdfExpandLabel(secret: Buffer, label: string, length: number): Buffer {
  const full = Buffer.from(`tls13 ${label}`, 'latin1');
  const info = Buffer.concat([Buffer.from([length >> 8, length & 0xff, full.length]), full, Buffer.from([0, 1])]);
  // One HMAC block is enough: every QUIC Initial output is ≤ 32 bytes.
  return createHmac('sha256', secret).update(info).digest().subarray(0, length);
}

export function clientInitialKeys(dcid: Uint8Array, version: number): InitialKeys {
  const v2 = version === V2;
  const initial = createHmac('sha256', v2 ? SALT_V2 : SALT_V1).update(dcid).digest();
  const client = hkdfExpandLabel(initial, 'client in', 32);
  const p = v2 ? 'quicv2 ' : 'quic ';
  return { key: hkdfExpandLabel(client, `${p}key`, 16), iv: hkdfExpandLabel(client, `${p}iv`, 12), hp: hkdfExpandLabel(client, `${p}hp`, 16) };
}

function readVarint(b: Uint8Array, p: number, end: number): [number, number] {
  if (p >= end) return [-1, p];
  const first = b[p]!;
  const len = 1 << (first >> 6);
  if (p + len > end) return [-1, p];
  let v = first & 0x3f;
  for (let i = 1; i < len; i++) v = v * 256 + b[p + i]!;
  return [v, p + len];
}

export interface QuicInitial { dcid: string; version: number; crypto: Array<[number, Uint8Array]> }

/**
 * Decrypts every client Initial packet in one UDP datagram (packets may be coalesced) and returns its
 * CRYPTO frame pieces. Returns undefined if the datagram holds no decryptable Initial.
 */
export function decryptInitials(b: Uint8Array, off: number, end: number): QuicInitial[] | undefined {
  const out: QuicInitial[] = [];
  let p = off;
  while (p + 7 < end) {
    const first = b[p]!;
    if ((first & 0xc0) !== 0xc0) break; // short header or garbage: nothing more to read
    const version = ((b[p + 1]! << 24) | (b[p + 2]! << 16) | (b[p + 3]! << 8) | b[p + 4]!) >>> 0;
    if (version !== V1 && version !== V2) break;
    const type = (first >> 4) & 3;
    const isInitial = version === V1 ? type === 0 : type === 1;
    let q = p + 5;
    const dcidLen = b[q]!;
    if (dcidLen > 20 || q + 1 + dcidLen >= end) break;
    const dcid = b.subarray(q + 1, q + 1 + dcidLen);
    q += 1 + dcidLen;
    const scidLen = b[q]!;
    q += 1 + scidLen;
    let tokenLen = 0;
    if (isInitial) { [tokenLen, q] = readVarint(b, q, end); if (tokenLen < 0) break; q += tokenLen; }
    const [length, pnOff] = readVarint(b, q, end);
    if (length < 0 || pnOff + length > end) break;
    if (isInitial) {
      const pieces = decryptOne(b, p, pnOff, length, dcid, version);
      if (pieces) out.push({ dcid: Buffer.from(dcid).toString('hex'), version, crypto: pieces });
    }
    p = pnOff + length;
  }
  return out.length ? out : undefined;
}

function decryptOne(b: Uint8Array, start: number, pnOff: number, length: number, dcid: Uint8Array, version: number): Array<[number, Uint8Array]> | undefined {
  if (length < 20 + 4) return undefined;
  const keys = clientInitialKeys(dcid, version);
  const sample = b.subarray(pnOff + 4, pnOff + 20);
  const hp = createCipheriv('aes-128-ecb', keys.hp, null);
  hp.setAutoPadding(false);
  const mask = hp.update(sample);
  const header = Buffer.from(b.subarray(start, pnOff + 4));
  header[0] = header[0]! ^ (mask[0]! & 0x0f);
  const pnLen = (header[0]! & 3) + 1;
  let pn = 0;
  for (let i = 0; i < pnLen; i++) {
    const at = pnOff - start + i;
    header[at] = header[at]! ^ mask[1 + i]!;
    pn = pn * 256 + header[at]!;
  }
  const aad = header.subarray(0, pnOff - start + pnLen);
  const nonce = Buffer.from(keys.iv);
  for (let i = 0; i < 8; i++) nonce[11 - i] = nonce[11 - i]! ^ (Math.floor(pn / 2 ** (8 * i)) & 0xff);
  const ct = b.subarray(pnOff + pnLen, pnOff + length - 16);
  const tag = b.subarray(pnOff + length - 16, pnOff + length);
  let plain: Buffer;
  try {
    const d = createDecipheriv('aes-128-gcm', keys.key, nonce);
    d.setAAD(aad);
    d.setAuthTag(tag);
    plain = Buffer.concat([d.update(ct), d.final()]);
  } catch {
    return undefined; // not a client Initial (e.g. the server's) or corrupted
  }
  return cryptoFrames(plain);
}

/** Walks frames; returns CRYPTO pieces. Only frames allowed in Initial packets are understood. */
function cryptoFrames(f: Uint8Array): Array<[number, Uint8Array]> | undefined {
  const out: Array<[number, Uint8Array]> = [];
  let p = 0;
  while (p < f.length) {
    const [type, q] = readVarint(f, p, f.length);
    p = q;
    if (type === 0x00 || type === 0x01) continue; // PADDING, PING
    if (type === 0x06) {
      const [offset, a] = readVarint(f, p, f.length);
      const [len, c] = readVarint(f, a, f.length);
      if (offset < 0 || len < 0 || c + len > f.length) return undefined;
      out.push([offset, f.subarray(c, c + len)]);
      p = c + len;
    } else if (type === 0x02 || type === 0x03) {
      let [, r] = readVarint(f, p, f.length); // largest
      [, r] = readVarint(f, r, f.length); // delay
      const [count, afterCount] = readVarint(f, r, f.length);
      [, r] = readVarint(f, afterCount, f.length); // first range
      for (let i = 0; i < count && r < f.length; i++) { [, r] = readVarint(f, r, f.length); [, r] = readVarint(f, r, f.length); }
      if (type === 0x03) for (let i = 0; i < 3; i++) [, r] = readVarint(f, r, f.length);
      p = r;
    } else if (type === 0x1c) {
      return out; // CONNECTION_CLOSE ends what we care about
    } else {
      return out.length ? out : undefined;
    }
  }
  return out;
}

const MAX_CRYPTO_BYTES = 65536;

/** Joins CRYPTO pieces (any order, possibly across packets) and parses the ClientHello once complete. */
export class CryptoStream {
  private pieces: Array<[number, Uint8Array]> = [];
  bytes = 0;

  add(pieces: Array<[number, Uint8Array]>): ClientHelloInfo | undefined {
    for (const [offset, data] of pieces) {
      if (offset + data.length > MAX_CRYPTO_BYTES) continue;
      this.pieces.push([offset, Buffer.from(data)]);
      this.bytes += data.length;
    }
    this.pieces.sort((x, y) => x[0] - y[0]);
    const buf = new Uint8Array(MAX_CRYPTO_BYTES);
    let contiguous = 0;
    for (const [offset, data] of this.pieces) {
      if (offset > contiguous) break;
      buf.set(data, offset);
      contiguous = Math.max(contiguous, offset + data.length);
    }
    if (contiguous < 4) return undefined;
    const need = 4 + ((buf[1]! << 16) | (buf[2]! << 8) | buf[3]!);
    if (contiguous < need) return undefined;
    return parseClientHello(buf, 0, need) ?? { sni: undefined, ech: false, alpn: [] };
  }
}
