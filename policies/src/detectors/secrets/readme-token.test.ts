import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { readmeToken } from './readme-token';
import { fake } from './test-fixtures';

const TOKEN = fake('rdme_', 'abcdefghijklmnopqrstuvwxyz0123456789', 70, 116);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(readmeToken, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/readme-token', () => {
  it.each([
    [`README_API_KEY=${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    [`x${TOKEN}`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
