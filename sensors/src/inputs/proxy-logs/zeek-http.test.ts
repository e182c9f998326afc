import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evalPath, hasEval, readZeekTsv } from '../../testing/eval-data';
import { pairs, parseEvalFile, unmaskZeekTs } from '../../testing/parse-file';

describe.skipIf(!hasEval)('zeek-http', () => {
  it('TSV with #fields (wikipedia expected_http.log)', () => {
    const rel = 'pcap/zeek/wikipedia/expected_http.log';
    const { detected, sightings } = parseEvalFile(rel, 'zeek-http', undefined, unmaskZeekTs);
    expect(detected).toBe('zeek-http');
    expect(pairs(sightings)).toEqual(readZeekTsv(rel).map((r) => `${r['id.orig_h']}|${r.host}`));
  });
  // The logstash sample mixes http, conn, dns and files rows; only the http rows name a method.
  it('headerless TSV (logstash bro.sample.log) uses the stock column order', () => {
    const rel = 'logs/logstash-patterns-core/bro.sample.log';
    const { sightings, results } = parseEvalFile(rel, 'zeek-http');
    const want = readFileSync(evalPath(rel), 'utf8').trim().split('\n').map((l) => l.split('\t')).filter((c) => /^[A-Z]+$/.test(c[7] ?? '') && c[8] !== '-').map((c) => `${c[2]}|${c[8]}`);
    const rows = readFileSync(evalPath(rel), 'utf8').trim().split('\n').map((l) => l.split('\t'));
    expect(want.length).toBe(3);
    // Non-http rows that carry a value in the host column are bad records, not invented hosts.
    expect(results.filter((r) => r === 'bad').length).toBe(rows.filter((c) => !/^[A-Z]+$/.test(c[7] ?? '') && (c[8] ?? '-') !== '-').length);
    expect(pairs(sightings)).toEqual(want);
    expect(sightings[0]).toMatchObject({ bytesUp: 223, bytesDown: 1859 });
  });
});
