import { describe, expect, it } from 'vitest';
import { ipv6ToString } from './addr';
import { ipOffset, LINKTYPE } from './link';

const ip4 = [0x45, 0, 0, 20];
const cases: Array<[string, number, number[], number]> = [
  ['Ethernet', LINKTYPE.ETHERNET, [...new Array<number>(12).fill(0), 0x08, 0x00, ...ip4], 14],
  ['802.1Q', LINKTYPE.ETHERNET, [...new Array<number>(12).fill(0), 0x81, 0x00, 0, 10, 0x86, 0xdd, 0x60], 18],
  ['QinQ', LINKTYPE.ETHERNET, [...new Array<number>(12).fill(0), 0x88, 0xa8, 0, 1, 0x81, 0x00, 0, 2, 0x08, 0x00, ...ip4], 22],
  ['Linux SLL', LINKTYPE.LINUX_SLL, [...new Array<number>(14).fill(0), 0x08, 0x00, ...ip4], 16],
  ['Linux SLL2', LINKTYPE.LINUX_SLL2, [0x86, 0xdd, ...new Array<number>(18).fill(0), 0x60], 20],
  ['raw IP', LINKTYPE.RAW, ip4, 0],
  ['BSD loopback', LINKTYPE.NULL, [2, 0, 0, 0, ...ip4], 4],
  ['ARP is not IP', LINKTYPE.ETHERNET, [...new Array<number>(12).fill(0), 0x08, 0x06, 0, 1], -1],
  ['truncated', LINKTYPE.ETHERNET, [1, 2, 3], -1],
  ['unknown link type', 147, ip4, -1],
];

describe('ipOffset', () => {
  it.each(cases)('%s', (_, link, bytes, want) => {
    expect(ipOffset(link, Uint8Array.from(bytes), 0, bytes.length)).toBe(want);
  });
});

describe('ipv6ToString', () => {
  it.each([
    ['2001:db8::1', '20010db8000000000000000000000001'],
    ['fe80::217:f2ff:fed7:cf65', 'fe800000000000000217f2fffed7cf65'],
    ['2001:db8:0:1:1:1:1:1', '20010db8000000010001000100010001'],
    ['::', '00000000000000000000000000000000'],
  ])('%s', (want, h) => {
    expect(ipv6ToString(Buffer.from(h, 'hex'), 0)).toBe(want);
  });
});
