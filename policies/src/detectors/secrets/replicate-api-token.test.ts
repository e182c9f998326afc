import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { replicateApiToken } from './replicate-api-token';
import { B62, fake } from './test-fixtures';

const TOKEN = fake('r8_', B62, 37, 45);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(replicateApiToken, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/replicate-api-token', () => {
  it.each([
    [`REPLICATE_API_TOKEN=${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    [`x${TOKEN}`, []],
    [`r8_${'x'.repeat(37)}`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
