import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { onepasswordToken } from './onepassword-token';
import { B64, fake } from './test-fixtures';

const TOKEN = fake('ops_eyJ', B64, 300, 67);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(onepasswordToken, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/onepassword-token', () => {
  it.each([
    [`OP_SERVICE_ACCOUNT_TOKEN=${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    [`x${TOKEN}`, []],
    ['A3-XXXXXX-XXXXXXXXXXX-XXXXX-XXXXX-XXXXX', []],
    ['A3-ASWWYB-798JRYLJVD4-23DC2-86TVM-H43EB', ['A3-ASWWYB-798JRYLJVD4-23DC2-86TVM-H43EB']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
