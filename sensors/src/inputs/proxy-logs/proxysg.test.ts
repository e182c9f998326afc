import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evalPath, hasEval } from '../../testing/eval-data';
import { pairs, parseEvalFile } from '../../testing/parse-file';

const REL = 'logs/elastic-integrations/proxysg/test-proxy-main.log';

describe.skipIf(!hasEval)('proxysg ELFF (elastic-integrations sample)', () => {
  const { detected, sightings, results } = parseEvalFile(REL, 'proxysg');
  it('detected; header lines skipped; (user or c-ip, cs-host) per data line', () => {
    expect(detected).toBe('proxysg');
    const data = readFileSync(evalPath(REL), 'utf8').trim().split('\n').filter((l) => !l.startsWith('#'));
    expect(results.filter((r) => r === 'bad')).toEqual([]);
    // Columns: date time time-taken c-ip sc-status s-action sc-bytes cs-bytes cs-method cs-uri-scheme cs-host …
    // cs-username is the 15th column; our independent reading only needs the unquoted prefix.
    const want = data.map((l) => { const f = l.split(' '); return `${f[14] !== '-' ? f[14] : f[3]}|${f[10]}`; });
    expect(pairs(sightings)).toEqual(want);
    expect(sightings[0]).toMatchObject({ bytesDown: 1242, bytesUp: 969, tsMs: Date.UTC(2024, 2, 22, 16, 16, 1) });
  });
});
