import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { mailchimpApiKey } from './mailchimp-api-key';
import { HEX, fake } from './test-fixtures';

const TOKEN = `${fake('', HEX, 32, 74)}-us18`;

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(mailchimpApiKey, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/mailchimp-api-key', () => {
  it.each([
    [`MAILCHIMP_API_KEY=${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    [`x${TOKEN}`, []],
    [`${fake('', HEX, 32, 74)}-al32`, []],
    [`${fake('', HEX, 32, 74).toUpperCase()}-us2`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
