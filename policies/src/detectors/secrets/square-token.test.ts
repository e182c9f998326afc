import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { squareToken } from './square-token';
import { URLSAFE, fake } from './test-fixtures';

const TOKEN = fake('sq0atp-', URLSAFE, 22, 64);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(squareToken, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/square-token', () => {
  it.each([
    [`SQUARE_ACCESS_TOKEN=${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    [`x${TOKEN}`, []],
    ['aws-cli@sha256:eaaa7b11777babe28e6133a8b19ff71cea687e0d7f05158dee95a71f76ce3d00', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
