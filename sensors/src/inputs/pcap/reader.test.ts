import { describe, expect, it } from 'vitest';
import { CaptureFormatError } from '../capture-types';
import { PcapReader } from './reader';
import { syntheticPcap } from './synthetic';

const file = Buffer.concat([...syntheticPcap({ packets: 3000, seed: 11 })]);

function count(chunks: Uint8Array[]): { packets: number; bytes: number } {
  let bytes = 0;
  const r = new PcapReader((_, b, off, len) => { bytes += len; expect(off + len).toBeLessThanOrEqual(b.length); });
  for (const c of chunks) r.push(c);
  r.end();
  return { packets: r.packets, bytes };
}

describe('PcapReader', () => {
  const whole = count([file]);
  it.each([1, 7, 100, 4096, 65536])('same packets whatever the chunk size (%i bytes)', (size) => {
    const chunks: Uint8Array[] = [];
    for (let i = 0; i < file.length; i += size) chunks.push(file.subarray(i, i + size));
    expect(count(chunks)).toEqual(whole);
  });

  it('reads big-endian and nanosecond files', () => {
    const rec = Buffer.from('000000010000000200000004000000040a0b0c0d', 'hex');
    const header = Buffer.from('a1b23c4d000200040000000000000000000000ff00000065', 'hex'); // BE, ns, linktype 101
    const seen: Array<[number, number]> = [];
    const r = new PcapReader((lt, _b, _o, len, ts) => seen.push([lt, len * 1e6 + ts]));
    r.push(Buffer.concat([header, rec]));
    expect(seen).toEqual([[101, 4e6 + 1000.000002]]);
  });

  it.each([
    ['bad magic', Buffer.from('00000000000000000000000000000000000000000000000000', 'hex')],
    ['absurd record length', Buffer.concat([file.subarray(0, 24), Buffer.from('00000000000000000000fffff0000000', 'hex')])],
  ])('%s is a CaptureFormatError', (_, bytes) => {
    expect(() => new PcapReader(() => {}).push(bytes)).toThrow(CaptureFormatError);
  });

  it('a record cut off by the end of the file is dropped, not fatal', () => {
    expect(count([file.subarray(0, file.length - 5)]).packets).toBe(whole.packets - 1);
  });
});
