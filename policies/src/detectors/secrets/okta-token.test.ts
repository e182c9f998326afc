import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { oktaToken } from './okta-token';
import { URLSAFE, fake } from './test-fixtures';

const KEY = fake('00', URLSAFE, 40, 94);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(oktaToken, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/okta-token', () => {
  it.each([
    [`OKTA_API_TOKEN=${KEY}`, [KEY]],
    [`okta_api_token: "${KEY}"`, [KEY]],
    [`API_KEY=${KEY}`, []],
    [`OKTA_API_TOKEN=${'x'.repeat(KEY.length)}`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
