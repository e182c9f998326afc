import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { fireworksApiKey } from './fireworks-api-key';
import { B62, fake } from './test-fixtures';

const KEY = fake('fw_', B62, 24, 93);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(fireworksApiKey, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/fireworks-api-key', () => {
  it.each([
    [`FIREWORKS_API_KEY=${KEY}`, [KEY]],
    [`fireworks_api_key: "${KEY}"`, [KEY]],
    [`API_KEY=${KEY}`, []],
    [`FIREWORKS_API_KEY=${'x'.repeat(KEY.length)}`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
