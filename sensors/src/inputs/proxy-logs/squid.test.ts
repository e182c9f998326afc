import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evalPath, hasEval } from '../../testing/eval-data';
import { pairs, parseEvalFile } from '../../testing/parse-file';

// Independent reading of each line with the WHATWG URL parser: (user or client ip, host).
function expected(rel: string): string[] {
  return readFileSync(evalPath(rel), 'utf8').trim().split('\n').map((l) => {
    const f = l.trim().split(/\s+/);
    const m = f.findIndex((x, i) => i > 3 && /^[A-Z]+$/.test(x) && /\//.test(f[i - 1] ?? '') === false && (f[i + 1]?.includes('.') ?? false));
    const url = f[m + 1]!;
    const host = url.includes('://') ? new URL(url).hostname : url.split(':')[0]!;
    const user = /^\d\.\d$/.test(f[m + 2]!) ? f[m + 3]! : f[m + 2]!;
    return `${user !== '-' ? user : f[2]}|${host}`;
  });
}

describe.skipIf(!hasEval)('squid native', () => {
  it.each([
    'logs/elastic-integrations/squid/test-access.log',
    'logs/elastic-integrations/squid/test-access-extensive.log',
    'logs/logstash-patterns-core/squid.sample.log',
  ])('%s', (rel) => {
    const { detected, sightings, results } = parseEvalFile(rel, 'squid');
    expect(detected).toBe('squid');
    expect(results.filter((r) => typeof r !== 'object')).toEqual([]);
    expect(pairs(sightings)).toEqual(expected(rel));
  });

  it('CONNECT is a TLS tunnel, reply size is bytes down, time is the epoch field', () => {
    const s = parseEvalFile('logs/elastic-integrations/squid/test-access.log', 'squid').sightings[0]!;
    expect(s).toMatchObject({ kind: 'tls', host: 'login.yahoo.com', bytesDown: 19763, tsMs: 1157689312049 });
  });
});
