import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { sonarToken } from './sonar-token';
import { fake } from './test-fixtures';

const KEY = fake('squ_', 'abcdefghijklmnopqrstuvwxyz0123456789', 40, 119);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(sonarToken, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/sonar-token', () => {
  it.each([
    [`SONAR_TOKEN=${KEY}`, [KEY]],
    [`sonar_token: "${KEY}"`, [KEY]],
    [`API_KEY=${KEY}`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
