import { createCipheriv } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildClientHello } from '../inputs/pcap/synthetic';
import { clientInitialKeys, CryptoStream, decryptInitials } from './quic-initial';

// Builds client Initial packets the way a QUIC stack does (RFC 9001 §5, RFC 9369 for v2), so both
// salts, header protection and CRYPTO reassembly across packets are exercised.
const V1 = 1;
const V2 = 0x6b3343cf;

function initialPacket(version: number, dcid: Buffer, pn: number, crypto: Array<[number, Uint8Array]>): Buffer {
  const frames: number[] = [];
  for (const [off, data] of crypto) frames.push(0x06, 0x40 | (off >> 8), off & 0xff, 0x40 | (data.length >> 8), data.length & 0xff, ...data);
  while (frames.length < 1100) frames.push(0); // PADDING to the 1200-byte minimum
  const keys = clientInitialKeys(dcid, version);
  const pnLen = 2;
  const typeBits = version === V2 ? 1 : 0;
  const length = pnLen + frames.length + 16;
  const header = Buffer.from([0xc0 | (typeBits << 4) | (pnLen - 1), version >>> 24, (version >> 16) & 255, (version >> 8) & 255, version & 255, dcid.length, ...dcid, 0, 0, 0x40 | (length >> 8), length & 0xff, pn >> 8, pn & 0xff]);
  const nonce = Buffer.from(keys.iv);
  nonce[10] = nonce[10]! ^ (pn >> 8);
  nonce[11] = nonce[11]! ^ (pn & 0xff);
  const gcm = createCipheriv('aes-128-gcm', keys.key, nonce);
  gcm.setAAD(header);
  const body = Buffer.concat([gcm.update(Buffer.from(frames)), gcm.final(), gcm.getAuthTag()]);
  const packet = Buffer.concat([header, body]);
  const pnOff = header.length - pnLen;
  const ecb = createCipheriv('aes-128-ecb', keys.hp, null);
  ecb.setAutoPadding(false);
  const mask = ecb.update(packet.subarray(pnOff + 4, pnOff + 20));
  packet[0] = packet[0]! ^ (mask[0]! & 0x0f);
  for (let i = 0; i < pnLen; i++) packet[pnOff + i] = packet[pnOff + i]! ^ mask[1 + i]!;
  return packet;
}

describe('QUIC Initial', () => {
  const hello = buildClientHello('chatgpt.com').subarray(5); // the handshake message, without the TLS record header
  it.each([['v1', V1], ['v2', V2]])('%s: decrypts and reads the SNI, CRYPTO split over two packets out of order', (_, version) => {
    const dcid = Buffer.from('8394c8f03e515708', 'hex');
    const cut = 40;
    const second = initialPacket(version, dcid, 1, [[cut, hello.subarray(cut)]]);
    const first = initialPacket(version, dcid, 0, [[0, hello.subarray(0, cut)]]);
    const stream = new CryptoStream();
    const a = decryptInitials(second, 0, second.length);
    expect(a?.[0]?.version).toBe(version);
    expect(stream.add(a![0]!.crypto)).toBeUndefined(); // the start is still missing
    const b = decryptInitials(first, 0, first.length);
    expect(stream.add(b![0]!.crypto)?.sni).toBe('chatgpt.com');
  });

  it('a corrupted packet fails authentication and yields nothing', () => {
    const p = initialPacket(V1, Buffer.from('0011223344556677', 'hex'), 0, [[0, hello]]);
    p[p.length - 20] = p[p.length - 20]! ^ 1;
    expect(decryptInitials(p, 0, p.length)).toBeUndefined();
  });

  it('derives the RFC 9001 Appendix A client keys', () => {
    const k = clientInitialKeys(Buffer.from('8394c8f03e515708', 'hex'), V1);
    expect([k.key.toString('hex'), k.iv.toString('hex'), k.hp.toString('hex')]).toEqual(['1f369613dd76d5467730efcbe3b1a22d', 'fa044b2f42a3fd3b46fb255c', '9f50449e04a0e810283a1e9933adedd2']);
  });
});
