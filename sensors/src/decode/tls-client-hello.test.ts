import { describe, expect, it } from 'vitest';
import { buildClientHello } from '../inputs/pcap/synthetic';
import { parseTlsRecords, tlsClientHelloNeeded } from './tls-client-hello';

describe('TLS ClientHello', () => {
  it.each([
    ['SNI', buildClientHello('claude.ai'), { sni: 'claude.ai', ech: false }],
    ['ECH outer name', buildClientHello('cloudflare-ech.com', true), { sni: 'cloudflare-ech.com', ech: true }],
    ['no SNI', buildClientHello(undefined), { sni: undefined, ech: false }],
  ])('%s', (_, rec, want) => {
    expect(tlsClientHelloNeeded(rec, 0, rec.length)).toBe(rec.length);
    const got = parseTlsRecords(rec, 0, rec.length);
    expect({ sni: got?.sni, ech: got?.ech }).toEqual(want);
  });

  it('asks for the whole record when only the first segment is there', () => {
    const rec = buildClientHello('chatgpt.com');
    expect(tlsClientHelloNeeded(rec, 0, 20)).toBe(rec.length);
  });

  it('joins a ClientHello spread over two records', () => {
    const rec = buildClientHello('gemini.google.com');
    const hs = rec.subarray(5);
    const cut = 30;
    const two = Buffer.concat([Buffer.from([0x16, 3, 1, 0, cut]), hs.subarray(0, cut), Buffer.from([0x16, 3, 1, 0, hs.length - cut]), hs.subarray(cut)]);
    expect(parseTlsRecords(two, 0, two.length)?.sni).toBe('gemini.google.com');
  });

  it.each([
    ['not a handshake', Uint8Array.from([0x17, 3, 3, 0, 5, 1, 2, 3, 4, 5])],
    ['not a ClientHello', Uint8Array.from([0x16, 3, 3, 0, 4, 2, 0, 0, 0])],
  ])('ignores %s', (_, b) => {
    expect(tlsClientHelloNeeded(b, 0, b.length)).toBe(-1);
  });

  it('returns undefined (never throws) on a corrupted length', () => {
    const rec = Uint8Array.from(buildClientHello('claude.ai'));
    rec[8] = 0xff; // handshake length far past the record
    expect(parseTlsRecords(rec, 0, rec.length)).toBeUndefined();
  });
});
