import { describe, expect, it } from 'vitest';
import { hasEval } from '../../testing/eval-data';
import { pairs, parseEvalFile } from '../../testing/parse-file';
import { bindFormat } from './bind';

describe.skipIf(!hasEval)('bind (logstash-patterns-core sample)', () => {
  const { detected, sightings, results } = parseEvalFile('logs/logstash-patterns-core/bind.sample.log', 'bind');
  it('is detected and every line is a query', () => {
    expect(detected).toBe('bind');
    expect(results.filter((r) => typeof r !== 'object')).toEqual([]);
  });
  it('client and query name match the log', () => {
    expect(pairs(sightings)).toEqual(['172.26.0.1|test.example.com', '192.168.10.48|91.2.10.170.in-addr.internal', '127.0.0.1|ci.elastic.co']);
  });
  it('reads BIND timestamps; a line without one gets the reference time', () => {
    expect(new Date(sightings[0]!.tsMs).toISOString()).toBe('2018-02-17T23:06:56.326Z');
    expect(sightings[2]!.tsMs).toBe(Date.UTC(2024, 0, 1));
  });
});

describe('bind lines', () => {
  const parse = bindFormat.create({ referenceMs: Date.UTC(2024, 5, 1) });
  it.each([
    ['syslog prefix + view', 'Jun  3 10:00:00 ns1 named[88]: client @0x1 10.0.0.9#5353 (claude.ai): view internal: query: claude.ai IN AAAA + (10.0.0.1)', '10.0.0.9|claude.ai'],
    ['IPv6 client', '03-Jun-2024 10:00:00.000 queries: info: client 2001:db8::5#123 (x.ai): query: x.ai IN A + (::1)', '2001:db8::5|x.ai'],
  ])('%s', (_, line, want) => {
    const r = parse(line);
    expect(typeof r === 'object' ? `${r.client}|${r.host}` : r).toBe(want);
  });
  it.each([['garbled query line', 'client 1.2.3.4 query: ???'], ['other category', '03-Jun-2024 10:00:00.000 general: info: zone loaded']])('%s', (_, line) => {
    expect(parse(line)).toBe(line.includes('query: ') ? 'bad' : 'skip');
  });
});
