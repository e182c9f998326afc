import { describe, expect, it } from 'vitest';
import { hasEval, readZeekTsv } from '../../testing/eval-data';
import { pairs, parseEvalFile, unmaskZeekTs } from '../../testing/parse-file';
import { readFileSync } from 'node:fs';
import { evalPath } from '../../testing/eval-data';

describe.skipIf(!hasEval)('zeek-dns', () => {
  it('JSON (elastic-integrations): every row with a query, in order', () => {
    const rel = 'logs/elastic-integrations/zeek_json/test-dns.log';
    const { detected, sightings } = parseEvalFile(rel, 'zeek-dns');
    expect(detected).toBe('zeek-dns');
    const want = readFileSync(evalPath(rel), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, string>).filter((r) => r.query).map((r) => `${r['id.orig_h']}|${r.query}`);
    expect(want.length).toBeGreaterThan(3);
    expect(pairs(sightings)).toEqual(want);
  });
  it.each(['pcap/zeek/wikipedia/expected_dns.log', 'pcap/zeek/dns-ipv6/expected_dns.log', 'pcap/zeek/dns-tcp/expected_dns.log'])('TSV %s', (rel) => {
    const { detected, sightings } = parseEvalFile(rel, 'zeek-dns', undefined, unmaskZeekTs);
    expect(detected).toBe('zeek-dns');
    expect(pairs(sightings)).toEqual(readZeekTsv(rel).filter((r) => r.query !== '-').map((r) => `${r['id.orig_h']}|${r.query}`));
  });
});
