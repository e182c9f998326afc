import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { anthropicApiKey } from './anthropic-api-key';
import { URLSAFE, fake } from './test-fixtures';

const KEY = `${fake('sk-ant-api03-', URLSAFE, 93, 11)}AA`;

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(anthropicApiKey, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/anthropic-api-key', () => {
  it.each([
    [`ANTHROPIC_API_KEY=${KEY}`, [KEY]],
    [`x-api-key: ${KEY}`, [KEY]],
    [`${KEY.slice(0, -2)}BB`, []],
    [`${KEY.slice(0, 60)}AA`, []],
    [KEY.replace('api03', 'admin01'), []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
