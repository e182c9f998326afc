import { describe, expect, it } from 'vitest';
import { hasEval } from '../../testing/eval-data';
import { pairs, parseEvalFile } from '../../testing/parse-file';
import { windowsDnsFormat, windowsDnsName } from './windows-dns';

describe.skipIf(!hasEval)('windows-dns (usiem-windns sample)', () => {
  const { detected, sightings, results } = parseEvalFile('logs/windows-dns-debug.sample.log', 'windows-dns');
  it('is detected; only client queries (Rcv, not R) count, nothing is bad', () => {
    expect(detected).toBe('windows-dns');
    expect(results.filter((r) => r === 'bad')).toEqual([]);
    // Lines: 2× Rcv query from 10.161.60.71, Rcv query from 10.20.0.6, Snd recursion, Snd reply, Rcv reply.
    expect(pairs(sightings)).toEqual(['10.161.60.71|somecomputer.domain.com', '10.161.60.71|somecomputer.domain.com', '10.20.0.6|login.live.com']);
  });
  it('reads M/D/YYYY h:mm AM and D/M/YYYY (day > 12) dates', () => {
    expect(new Date(sightings[0]!.tsMs).toISOString()).toBe('2013-06-05T10:00:32.000Z');
    expect(new Date(sightings[2]!.tsMs).toISOString()).toBe('2021-12-22T21:46:04.000Z');
  });
});

describe('windowsDnsName', () => {
  it.each([['(3)www(6)google(3)com(0)', 'www.google.com'], ['(7)chatgpt(3)com(0)', 'chatgpt.com'], ['(0)', '']])('%s', (wire, want) => {
    expect(windowsDnsName(wire)).toBe(want);
  });
  it('PM hours and headers', () => {
    const parse = windowsDnsFormat.create({ referenceMs: 0 });
    const r = parse('6/5/2013 1:00:32 PM 0E70 PACKET  00000000033397A0 UDP Rcv 10.1.1.1    5b47   Q [0001   D   NOERROR] AAAA   (6)claude(2)ai(0)');
    expect(typeof r === 'object' && new Date(r.tsMs).toISOString()).toBe('2013-06-05T13:00:32.000Z');
    expect(parse('Message logging key (for packets - other items use a subset of these fields):')).toBe('skip');
  });
});
