import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { anthropicAdminKey } from './anthropic-admin-key';
import { URLSAFE, fake } from './test-fixtures';

const KEY = `${fake('sk-ant-admin01-', URLSAFE, 93, 12)}AA`;

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(anthropicAdminKey, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/anthropic-admin-key', () => {
  it.each([
    [`admin key ${KEY}`, [KEY]],
    [`${KEY.slice(0, -2)}BB`, []],
    [KEY.replace('admin01', 'api03'), []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
