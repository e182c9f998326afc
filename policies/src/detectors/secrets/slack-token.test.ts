import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { slackToken } from './slack-token';
import { B62, fake } from './test-fixtures';

const BOT = `xoxb-781236542736-2364535789652-${fake('', B62, 24, 82)}`;

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(slackToken, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/slack-token', () => {
  it.each([
    [`SLACK_BOT_TOKEN=${BOT}`, [BOT]],
    ['"access_token1": "xoxs-3206092076-3204538285-3743137121-836b042620"', ['xoxs-3206092076-3204538285-3743137121-836b042620']],
    ['xoxp-1234-1234-1234-4ddbc191d40ee098cbaae6f3523ada2d', []],
    ['xoxp-572370529330-573807301142-572331691188-####################', []],
    ['xoxb-abcdef-abcdef', []],
    ['https://github.com/xoxa-nyc/xoxa-nyc.github.io/blob/master/README.md', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
