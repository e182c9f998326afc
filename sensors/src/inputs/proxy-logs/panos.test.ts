import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evalPath, hasEval } from '../../testing/eval-data';
import { parseEvalFile } from '../../testing/parse-file';
import { panosFormat } from './panos';

const REL = 'logs/elastic-integrations/panw/test-panw-panos-threat-url-no-xff-sample.log';

describe.skipIf(!hasEval)('panos URL log vs Elastic expected parse', () => {
  it('source.ip and destination.domain equal Elastic pipeline output', () => {
    const { detected, sightings } = parseEvalFile(REL, 'panos');
    const exp = JSON.parse(readFileSync(evalPath(`${REL}-expected.json`), 'utf8')) as { expected: Array<{ source: { ip: string }; destination: { domain: string } }> };
    expect(detected).toBe('panos');
    expect(sightings.map((s) => `${s.client}|${s.host}`)).toEqual(exp.expected.map((e) => `${e.source.ip}|${e.destination.domain}`));
  });
});

describe('panos other log types', () => {
  const parse = panosFormat.create({ referenceMs: 0 });
  it.each([
    ['TRAFFIC has no host', 'Nov 30 16:44:36 PA-220 1,2018/11/30 16:44:36,0128,TRAFFIC,end,2049,2018/11/30 16:44:36,10.0.0.1,1.1.1.1', 'skip'],
    ['virus subtype', 'Nov 30 16:44:36 PA-220 1,2018/11/30 16:44:36,0128,THREAT,virus,2049,2018/11/30 16:44:36,10.0.0.1,1.1.1.1', 'skip'],
    ['not PAN-OS', 'hello world', 'bad'],
  ])('%s', (_, line, want) => expect(parse(line)).toBe(want));
});
