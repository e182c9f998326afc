import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { perplexityApiKey } from './perplexity-api-key';
import { B62, fake } from './test-fixtures';

const TOKEN = fake('pplx-', B62, 48, 42);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(perplexityApiKey, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/perplexity-api-key', () => {
  it.each([
    [`PERPLEXITY_API_KEY=${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    [`x${TOKEN}`, []],
    ['PERPLEXITY_API_KEY=pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
