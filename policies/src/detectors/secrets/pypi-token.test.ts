import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { pypiToken } from './pypi-token';
import { URLSAFE, fake } from './test-fixtures';

const TOKEN = fake('pypi-AgEIcHlwaS5vcmc', URLSAFE, 160, 58);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(pypiToken, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/pypi-token', () => {
  it.each([
    [`password = ${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    [`x${TOKEN}`, []],
    [TOKEN.slice(0, 80), []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
