import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { postmanApiKey } from './postman-api-key';
import { HEX, fake } from './test-fixtures';

const TOKEN = `${fake('PMAK-', HEX, 24, 51)}-${fake('', HEX, 34, 52)}`;

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(postmanApiKey, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/postman-api-key', () => {
  it.each([
    [`POSTMAN_API_KEY=${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    [`x${TOKEN}`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
