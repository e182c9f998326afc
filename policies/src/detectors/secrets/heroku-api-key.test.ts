import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { herokuApiKey } from './heroku-api-key';
import { URLSAFE, fake } from './test-fixtures';

const TOKEN = fake('HRKU-AA', URLSAFE, 58, 69);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(herokuApiKey, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/heroku-api-key', () => {
  it.each([
    [`HEROKU_API_KEY=${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    [`x${TOKEN}`, []],
    ['heroku_api_key = "832d2129-a846-4e27-99f4-7004b6ad53ef"', ['832d2129-a846-4e27-99f4-7004b6ad53ef']],
    ['api_key = "832d2129-a846-4e27-99f4-7004b6ad53ef"', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
