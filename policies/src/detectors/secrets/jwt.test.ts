import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { jwt } from './jwt';
import { URLSAFE, fake } from './test-fixtures';

const HEADER = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9'; // {"alg":"HS256","typ":"JWT"}
const PAYLOAD = 'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ';
const TOKEN = `${HEADER}.${PAYLOAD}.${fake('', URLSAFE, 43, 99)}`;

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(jwt, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/jwt', () => {
  it.each([
    [`Authorization: Bearer ${TOKEN}`, [TOKEN]],
    [`unsigned ${HEADER}.${PAYLOAD}`, [`${HEADER}.${PAYLOAD}`]],
    ['eyJhbGciOiJub25lIn0.eyJzdWIiOiJ0ZXN0LXVzZXIifQ.', ['eyJhbGciOiJub25lIn0.eyJzdWIiOiJ0ZXN0LXVzZXIifQ.']],
    [`${HEADER.slice(0, -2)}.${PAYLOAD}.abc`, []],
    ['eyJBB.eyJCC.eyJDDDD', []],
    [`bm90X3ZhbGlkX2pzb25fYXRfYWxs.${PAYLOAD}.sig`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
