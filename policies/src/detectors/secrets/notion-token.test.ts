import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { notionToken } from './notion-token';
import { B62, fake } from './test-fixtures';

const TOKEN = `ntn_${fake('', '0123456789', 11, 54)}${fake('', B62, 35, 55)}`;

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(notionToken, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/notion-token', () => {
  it.each([
    [`NOTION_TOKEN=${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    [`x${TOKEN}`, []],
    ['ntn_123456789012345678901234567890123456789012345678901234567890', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
