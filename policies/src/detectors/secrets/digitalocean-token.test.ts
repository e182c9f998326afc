import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { digitaloceanToken } from './digitalocean-token';
import { HEX, fake } from './test-fixtures';

const TOKEN = fake('dop_v1_', HEX, 64, 46);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(digitaloceanToken, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/digitalocean-token', () => {
  it.each([
    [`DIGITALOCEAN_TOKEN=${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    [`x${TOKEN}`, []],
    [`doo_v1_${'x'.repeat(64)}`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
