import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evalPath, hasEval } from '../../testing/eval-data';
import { pairs, parseEvalFile } from '../../testing/parse-file';
import { zscalerFormat } from './zscaler';

const REL = 'logs/elastic-integrations/zscaler_zia/test-web.log';

describe.skipIf(!hasEval)('zscaler NSS web JSON (elastic-integrations sample)', () => {
  const { detected, sightings, results } = parseEvalFile(REL, 'zscaler');
  it('detected; (login, host of eurl) per event; sizes; department', () => {
    expect(detected).toBe('zscaler');
    expect(results.filter((r) => typeof r !== 'object')).toEqual([]);
    const events = readFileSync(evalPath(REL), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { event: Record<string, string> }).event);
    expect(pairs(sightings)).toEqual(events.map((e) => `${e.login}|${e.eurl!.split('/')[0]!.split(':')[0]}`));
    expect(sightings.map((s) => s.bytesUp)).toEqual(events.map((e) => Number(e.reqsize)));
    expect(new Date(sightings[0]!.tsMs).toISOString()).toBe('2021-12-31T07:07:07.000Z');
  });
});

describe('zscaler CSV feed', () => {
  it.each([
    ['default column order', ['"Fri Dec 31 07:07:07 2021","bob@corp.example","HTTPS","chatgpt.com/c/1","Allowed","ChatGPT","AI","900","20000","0","0","Business Use","x","y","None","None","0","None","None","HQ","Finance","10.1.1.1"'], 'bob@corp.example|chatgpt.com|Finance'],
    ['header order', ['cip,eurl,time,login', '10.1.1.2,claude.ai/new,1700000000,None'], '10.1.1.2|claude.ai|'],
  ])('%s', (_, lines, want) => {
    const parse = zscalerFormat.create({ referenceMs: 0 });
    const results = lines.map(parse);
    const s = results.at(-1)!;
    expect(typeof s === 'object' && `${s.client}|${s.host}|${s.department ?? ''}`).toBe(want);
  });
});
