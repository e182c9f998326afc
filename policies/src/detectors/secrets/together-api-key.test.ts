import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { togetherApiKey } from './together-api-key';
import { HEX, fake } from './test-fixtures';

const KEY = fake('', HEX, 64, 92);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(togetherApiKey, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/together-api-key', () => {
  it.each([
    [`TOGETHER_API_KEY=${KEY}`, [KEY]],
    [`together_api_key: "${KEY}"`, [KEY]],
    [`API_KEY=${KEY}`, []],
    [`TOGETHER_API_KEY=${'x'.repeat(KEY.length)}`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
