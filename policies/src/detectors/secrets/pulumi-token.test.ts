import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { pulumiToken } from './pulumi-token';
import { HEX, fake } from './test-fixtures';

const TOKEN = fake('pul-', HEX, 40, 115);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(pulumiToken, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/pulumi-token', () => {
  it.each([
    [`PULUMI_ACCESS_TOKEN=${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    [`x${TOKEN}`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
