import { describe, expect, it } from 'vitest';
import { decodeDns, DnsDecodeError, encodeDnsQuery } from './dns';
import { dnsTypeCode, dnsTypeName } from './dns-types';

const hex = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s.replace(/\s+/g, ''), 'hex'));

// Response for chatgpt.com A with the answer's owner name compressed to offset 12 (0xc00c).
const RESPONSE = hex(`1234 8180 0001 0001 0000 0000 07636861746770740363 6f6d00 0001 0001
  c00c 0001 0001 0000003c 0004 68120203`);

describe('decodeDns', () => {
  it.each([
    ['query', encodeDnsQuery(7, 'api.openai.com', 28), { id: 7, isResponse: false, q: 'api.openai.com', type: 'AAAA' }],
    ['compressed answer', RESPONSE, { id: 0x1234, isResponse: true, q: 'chatgpt.com', type: 'A' }],
    ['HTTPS type', encodeDnsQuery(1, 'claude.ai', 65), { id: 1, isResponse: false, q: 'claude.ai', type: 'HTTPS' }],
  ])('%s', (_, bytes, want) => {
    const m = decodeDns(bytes);
    expect({ id: m.id, isResponse: m.isResponse, q: m.questions[0]?.name, type: m.questions[0]?.typeName }).toEqual(want);
  });

  it('follows compression pointers into answers', () => {
    expect(decodeDns(RESPONSE).answers).toEqual([{ name: 'chatgpt.com', type: 1, typeName: 'A', ttl: 60, data: '104.18.2.3' }]);
  });

  it.each([
    ['short header', hex('1234 0100 0001')],
    ['pointer loop', hex('1234 0100 0001 0000 0000 0000 c00c 0001 0001')],
    ['label past end', hex('1234 0100 0001 0000 0000 0000 3f61 62')],
    ['truncated question', hex('1234 0100 0001 0000 0000 0000 0161 00 00')],
    ['rdata past end', hex('1234 8180 0001 0001 0000 0000 0161 00 0001 0001 c00c 0001 0001 0000003c 0010 0102')],
  ])('rejects %s with DnsDecodeError', (_, bytes) => {
    expect(() => decodeDns(bytes)).toThrow(DnsDecodeError);
  });

  it('escapes non-printable label bytes instead of passing them through', () => {
    const m = decodeDns(hex('0001 0100 0001 0000 0000 0000 03610a62 00 0001 0001'));
    expect(m.questions[0]!.name).toBe('a\\010b');
  });
});

describe('dns type names', () => {
  it.each([[1, 'A'], [28, 'AAAA'], [65, 'HTTPS'], [249, 'TKEY'], [257, 'CAA'], [64, 'SVCB'], [4242, 'TYPE4242']])('%i ↔ %s', (code, name) => {
    expect(dnsTypeName(code)).toBe(name);
    expect(dnsTypeCode(name)).toBe(code);
  });
});
