import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { openrouterApiKey } from './openrouter-api-key';
import { HEX, fake } from './test-fixtures';

const TOKEN = fake('sk-or-v1-', HEX, 64, 44);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(openrouterApiKey, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/openrouter-api-key', () => {
  it.each([
    [`OPENROUTER_API_KEY=${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    [`x${TOKEN}`, []],
    [`sk-or-v1-${'0'.repeat(64)}`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
