import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { gcpApiKey } from './gcp-api-key';
import { URLSAFE, fake } from './test-fixtures';

const KEY = fake('AIzaSy', URLSAFE, 33, 21);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(gcpApiKey, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/gcp-api-key', () => {
  it.each([
    [`GEMINI_API_KEY=${KEY}`, [KEY]],
    [`https://generativelanguage.googleapis.com/v1beta/models?key=${KEY}`, [KEY]],
    ['apiKey: "AIzaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"', []],
    ['AIzaSyA8vmApnrHNFE0bApF4hoZ11srVL_n0nvY', []],
    [`${KEY}abcd`, []],
    [KEY.toUpperCase(), []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
