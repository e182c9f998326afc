import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { scalingoToken } from './scalingo-token';
import { URLSAFE, fake } from './test-fixtures';

const TOKEN = fake('tk-us-', URLSAFE, 48, 113);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(scalingoToken, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/scalingo-token', () => {
  it.each([
    [`SCALINGO_API_TOKEN=${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    [`x${TOKEN}`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
