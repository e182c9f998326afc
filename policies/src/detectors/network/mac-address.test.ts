import { describe, expect, it } from 'vitest';
import { runDetector } from '../engine';
import { macAddress } from './mac-address';

const found = (text: string) => runDetector(macAddress, text).map((f) => text.slice(f.start, f.end));

describe('network/mac-address', () => {
  it.each([
    ['My MAC address is 00:1A:2B:3C:4D:5E', ['00:1A:2B:3C:4D:5E']],
    ['MACs: 00:11:22:33:44:55 and AA-BB-CC-DD-EE-FF', ['00:11:22:33:44:55', 'AA-BB-CC-DD-EE-FF']],
    ['Cisco MAC: 0012.3456.789A', ['0012.3456.789A']],
    ['Not a MAC: 00:1A:2B:3C:4D', []],
    ['Broadcast: FF:FF:FF:FF:FF:FF', []],
    ['Invalid: 00:00:00:00:00:00', []],
    ['Mixed: 10:2F:33-AC-29-C3', []],
    ['2001:db8:85a3:0:0:8a2e:370:7334', []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});
