import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { mistralApiKey } from './mistral-api-key';
import { B62, fake } from './test-fixtures';

const KEY = fake('', B62, 32, 90);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(mistralApiKey, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/mistral-api-key', () => {
  it.each([
    [`MISTRAL_API_KEY=${KEY}`, [KEY]],
    [`mistral_api_key: "${KEY}"`, [KEY]],
    [`API_KEY=${KEY}`, []],
    [`MISTRAL_API_KEY=${'x'.repeat(KEY.length)}`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
