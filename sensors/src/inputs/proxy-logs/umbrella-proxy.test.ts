import { describe, expect, it } from 'vitest';
import { hasEval } from '../../testing/eval-data';
import { pairs, parseEvalFile } from '../../testing/parse-file';

describe.skipIf(!hasEval)('umbrella proxy (elastic-integrations sample)', () => {
  const { detected, sightings, results } = parseEvalFile('logs/elastic-integrations/cisco_umbrella/test-umbrella-proxylogs.log', 'umbrella-proxy');
  it('detected; every row parsed; client = internal IP (else identity); host of URL', () => {
    expect(detected).toBe('umbrella-proxy');
    expect(results.filter((r) => typeof r !== 'object')).toEqual([]);
    expect(pairs(sightings).slice(0, 3)).toEqual(['192.192.192.135|google.com', 'NetworkName|luna.avcdn.net', 'NetworkName2|luna.avcdn.net']);
    expect(sightings[0]).toMatchObject({ bytesUp: 562, bytesDown: 1489 });
  });
});
