import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { linearApiKey } from './linear-api-key';
import { B62, fake } from './test-fixtures';

const TOKEN = fake('lin_api_', B62, 40, 50);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(linearApiKey, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/linear-api-key', () => {
  it.each([
    [`LINEAR_API_KEY=${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    [`x${TOKEN}`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
