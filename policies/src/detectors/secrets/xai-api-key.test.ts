import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { xaiApiKey } from './xai-api-key';
import { B62, fake } from './test-fixtures';

const TOKEN = fake('xai-', B62, 80, 43);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(xaiApiKey, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/xai-api-key', () => {
  it.each([
    [`XAI_API_KEY=${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    [`x${TOKEN}`, []],
    [`xai-${'a'.repeat(80)}`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
