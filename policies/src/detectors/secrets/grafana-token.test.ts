import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { grafanaToken } from './grafana-token';
import { B62, HEX, fake } from './test-fixtures';

const TOKEN = `${fake('glsa_', B62, 32, 59)}_${fake('', HEX, 8, 60)}`;

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(grafanaToken, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/grafana-token', () => {
  it.each([
    [`Authorization: Bearer ${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    [`x${TOKEN}`, []],
    [`glc_${'x'.repeat(60)}`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
