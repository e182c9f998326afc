import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { sumologicKey } from './sumologic-key';
import { B62, fake } from './test-fixtures';

const KEY = fake('', B62, 64, 120);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(sumologicKey, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/sumologic-key', () => {
  it.each([
    [`SUMO_ACCESS_KEY=${KEY}`, [KEY]],
    [`sumo_access_key: "${KEY}"`, [KEY]],
    [`API_KEY=${KEY}`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
