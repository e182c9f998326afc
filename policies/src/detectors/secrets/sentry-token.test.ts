import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { sentryToken } from './sentry-token';
import { HEX, fake } from './test-fixtures';

const TOKEN = fake('sntryu_', HEX, 64, 61);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(sentryToken, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/sentry-token', () => {
  it.each([
    [`SENTRY_AUTH_TOKEN=${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    [`x${TOKEN}`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
