import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evalPath, hasEval } from '../../testing/eval-data';
import { pairs, parseEvalFile } from '../../testing/parse-file';

describe.skipIf(!hasEval)('umbrella-dns (elastic-integrations sample)', () => {
  const rel = 'logs/elastic-integrations/cisco_umbrella/test-umbrella-dnslogs.log';
  const { detected, sightings, results } = parseEvalFile(rel, 'umbrella-dns');
  it('is detected and parses every line', () => {
    expect(detected).toBe('umbrella-dns');
    expect(results.filter((r) => typeof r !== 'object')).toEqual([]);
  });
  it('(internal ip, domain) equals columns 4 and 9 of each row', () => {
    // Independent reading: the 4th and 9th quoted fields (no field in this file holds a quote-comma-quote).
    const want = readFileSync(evalPath(rel), 'utf8').trim().split('\n').map((l) => { const c = l.slice(1, -1).split(/",\s*"/); return `${c[3]}|${c[8]}`; });
    expect(pairs(sightings)).toEqual(want);
    expect(new Date(sightings[0]!.tsMs).toISOString()).toBe('2020-07-23T23:49:54.000Z');
  });
});
