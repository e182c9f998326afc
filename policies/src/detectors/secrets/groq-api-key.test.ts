import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { groqApiKey } from './groq-api-key';
import { B62, fake } from './test-fixtures';

const TOKEN = fake('gsk_', B62, 52, 41);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(groqApiKey, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/groq-api-key', () => {
  it.each([
    [`GROQ_API_KEY=${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    [`x${TOKEN}`, []],
    [`gsk_${'x'.repeat(52)}`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
