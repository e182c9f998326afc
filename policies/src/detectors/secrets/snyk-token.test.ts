import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { snykToken } from './snyk-token';
import {  } from './test-fixtures';

const KEY = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(snykToken, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/snyk-token', () => {
  it.each([
    [`SNYK_TOKEN=${KEY}`, [KEY]],
    [`snyk_token: "${KEY}"`, [KEY]],
    [`API_KEY=${KEY}`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
