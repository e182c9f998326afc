import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { mailgunApiKey } from './mailgun-api-key';
import { HEX, fake } from './test-fixtures';

const KEY = fake('key-', HEX, 32, 86);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(mailgunApiKey, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/mailgun-api-key', () => {
  it.each([
    [`MAILGUN_API_KEY=${KEY}`, [KEY]],
    [`api:${KEY}`, [KEY]],
    [`${KEY}0`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
