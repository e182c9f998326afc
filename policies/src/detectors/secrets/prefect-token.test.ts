import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { prefectToken } from './prefect-token';
import { B62, fake } from './test-fixtures';

const TOKEN = fake('pnu_', B62, 36, 114);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(prefectToken, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/prefect-token', () => {
  it.each([
    [`PREFECT_API_KEY=${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    [`x${TOKEN}`, []],
    ['PREFECT_API_KEY = "pnu_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
