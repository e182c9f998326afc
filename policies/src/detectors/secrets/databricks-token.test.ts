import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { databricksToken } from './databricks-token';
import { HEX, fake } from './test-fixtures';

const TOKEN = fake('dapi', HEX, 32, 53);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(databricksToken, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/databricks-token', () => {
  it.each([
    [`DATABRICKS_TOKEN=${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    [`x${TOKEN}`, []],
    ['DATABRICKS_TOKEN=dapi123456789012345678a9bc01234defg5', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
