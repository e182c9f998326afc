import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { shopifyToken } from './shopify-token';
import { HEX, fake } from './test-fixtures';

const TOKEN = fake('shpat_', HEX, 32, 47);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(shopifyToken, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/shopify-token', () => {
  it.each([
    [`X-Shopify-Access-Token: ${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    [`x${TOKEN}`, []],
    [`shpat_${'x'.repeat(32)}`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
