import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { cohereApiKey } from './cohere-api-key';
import { B62, fake } from './test-fixtures';

const KEY = fake('', B62, 40, 91);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(cohereApiKey, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/cohere-api-key', () => {
  it.each([
    [`CO_API_KEY=${KEY}`, [KEY]],
    [`co_api_key: "${KEY}"`, [KEY]],
    [`API_KEY=${KEY}`, []],
    [`CO_API_KEY=${'x'.repeat(KEY.length)}`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
