import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { sourcegraphToken } from './sourcegraph-token';
import { HEX, fake } from './test-fixtures';

const TOKEN = fake('sgp_local_', HEX, 40, 118);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(sourcegraphToken, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/sourcegraph-token', () => {
  it.each([
    [`SRC_ACCESS_TOKEN=${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    [`x${TOKEN}`, []],
    ['sgp_5555555dAAAAA7777777CcccCFaaaaaaaaaaaaaa', []],
    ['commit 9fceb02d0ae598e95dc970b74767f19372d61af8', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
