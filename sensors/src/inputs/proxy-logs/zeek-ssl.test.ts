import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evalPath, hasEval, readZeekTsv } from '../../testing/eval-data';
import { pairs, parseEvalFile, unmaskZeekTs } from '../../testing/parse-file';

describe.skipIf(!hasEval)('zeek-ssl', () => {
  it('JSON (elastic-integrations): rows with server_name', () => {
    const rel = 'logs/elastic-integrations/zeek_json/test-ssl.log';
    const { detected, sightings } = parseEvalFile(rel, 'zeek-ssl');
    expect(detected).toBe('zeek-ssl');
    const rows = readFileSync(evalPath(rel), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, string>);
    expect(pairs(sightings)).toEqual(rows.filter((r) => r.server_name).map((r) => `${r['id.orig_h']}|${r.server_name}`));
  });
  it.each(['pcap/zeek/tls13-ech/expected_ssl.log', 'pcap/zeek/quic/expected_ssl.log', 'pcap/zeek/tls12/expected_ssl.log'])('TSV %s', (rel) => {
    const { detected, sightings } = parseEvalFile(rel, 'zeek-ssl', undefined, unmaskZeekTs);
    expect(detected).toBe('zeek-ssl');
    expect(pairs(sightings)).toEqual(readZeekTsv(rel).filter((r) => r.server_name !== '-').map((r) => `${r['id.orig_h']}|${r.server_name}`));
  });
});
