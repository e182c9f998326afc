import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { deepseekApiKey } from './deepseek-api-key';
import { HEX, fake } from './test-fixtures';

const KEY = fake('sk-', HEX, 32, 89);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(deepseekApiKey, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/deepseek-api-key', () => {
  it.each([
    [`DEEPSEEK_API_KEY=${KEY}`, [KEY]],
    [`deepseek client, key ${KEY}`, [KEY]],
    [`deepseek ${'.'.repeat(100)} unrelated ${KEY}`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
