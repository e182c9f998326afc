import { describe, expect, it } from 'vitest';
import { runDetector, resolveOverlaps } from '../engine';
import { ipAddress } from './ip-address';

const found = (text: string) => resolveOverlaps(runDetector(ipAddress, text)).map((f) => text.slice(f.start, f.end));

describe('network/ip-address', () => {
  it.each([
    ['microsoft.com 192.168.0.1', ['192.168.0.1']],
    ['my ip: 684D:1111:222:3333:4444:5555:6:77', ['684D:1111:222:3333:4444:5555:6:77']],
    ['Connect to [2001:db8::1]:8080', ['2001:db8::1']],
    ['Mapped: ::ffff:192.168.1.1', ['::ffff:192.168.1.1']],
    ['fe80::1%eth0', ['fe80::1%eth0']],
    ['src=:: dst=::1', ['::', '::1']],
    ['IP: 192.168.1.1.', ['192.168.1.1']],
    ['text::ffff:192.0.2.1', ['192.0.2.1']],
    ['my ip: 192.168.0', []],
    ['256.256.256.256', []],
    ['::ffff:192.168.1', []],
    ['2001:db8::256.1.1.1', []],
    ['MAC address aa:bb:cc:dd:ee:ff', []],
    ['Time 12:34:56', []],
    ['std::cout and MyClass::toString', []],
    ['2001::db8::1', []],
    ['fe80::1text', []],
    ['IP192.168.1.1text', []],
    ['Version 1.2.3', []],
    [':'.repeat(5000), []],
    ['a'.repeat(5000) + ':', []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});
