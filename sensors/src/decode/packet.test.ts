import { describe, expect, it } from 'vitest';
import { buildClientHello, ipv4Frame } from '../inputs/pcap/synthetic';
import { encodeDnsQuery } from './dns';
import { PacketDecoder, type PacketSighting } from './packet';

const C = 0x0a000005;
const S = 0x08080808;

function run(frames: Uint8Array[]): { got: string[]; dec: PacketDecoder } {
  const got: string[] = [];
  const dec = new PacketDecoder((s: PacketSighting) => got.push(`${s.kind}:${s.src}:${s.host}${s.isResponse ? ':R' : ''}`));
  frames.forEach((f, i) => dec.decode(1, f, 0, f.length, i));
  return { got, dec };
}

const withLength = (m: Uint8Array): Buffer => Buffer.concat([Buffer.from([m.length >> 8, m.length & 0xff]), m]);

describe('PacketDecoder TCP reassembly', () => {
  it('DNS over TCP: two messages in one segment, then one split over three', () => {
    const two = Buffer.concat([withLength(encodeDnsQuery(1, 'claude.ai')), withLength(encodeDnsQuery(2, 'chatgpt.com'))]);
    const third = withLength(encodeDnsQuery(3, 'gemini.google.com'));
    const { got } = run([
      ipv4Frame(C, S, 6, 40000, 53, two, 1000),
      ipv4Frame(C, S, 6, 40000, 53, third.subarray(0, 1), 1000 + two.length),
      ipv4Frame(C, S, 6, 40000, 53, third.subarray(1, 10), 1001 + two.length),
      ipv4Frame(C, S, 6, 40000, 53, third.subarray(10), 1010 + two.length),
    ]);
    expect(got).toEqual(['dns:10.0.0.5:claude.ai', 'dns:10.0.0.5:chatgpt.com', 'dns:10.0.0.5:gemini.google.com']);
  });

  it('a ClientHello split in three segments arriving out of order, with a retransmission', () => {
    const hello = buildClientHello('api.openai.com');
    const [a, b, c] = [hello.subarray(0, 30), hello.subarray(30, 60), hello.subarray(60)];
    const { got } = run([
      ipv4Frame(C, S, 6, 50000, 443, a, 5000),
      ipv4Frame(C, S, 6, 50000, 443, c, 5060),
      ipv4Frame(C, S, 6, 50000, 443, a, 5000),
      ipv4Frame(C, S, 6, 50000, 443, b, 5030),
    ]);
    expect(got).toEqual(['tls:10.0.0.5:api.openai.com']);
  });

  it('sequence numbers wrap around 2^32', () => {
    const hello = buildClientHello('claude.ai');
    const start = 2 ** 32 - 10;
    const { got } = run([ipv4Frame(C, S, 6, 50001, 443, hello.subarray(0, 25), start), ipv4Frame(C, S, 6, 50001, 443, hello.subarray(25), (start + 25) % 2 ** 32)]);
    expect(got).toEqual(['tls:10.0.0.5:claude.ai']);
  });

  it('counts malformed DNS and keeps going', () => {
    const { got, dec } = run([ipv4Frame(C, S, 17, 40001, 53, Uint8Array.from([1, 2, 3])), ipv4Frame(S, C, 17, 53, 40001, encodeDnsQuery(9, 'perplexity.ai', 1, true))]);
    expect(dec.stats.malformed).toBe(1);
    expect(got).toEqual(['dns:8.8.8.8:perplexity.ai:R']);
  });
});
