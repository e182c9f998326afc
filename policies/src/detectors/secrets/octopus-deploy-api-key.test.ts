import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { octopusDeployApiKey } from './octopus-deploy-api-key';
import { fake } from './test-fixtures';

const TOKEN = fake('API-', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 26, 112);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(octopusDeployApiKey, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/octopus-deploy-api-key', () => {
  it.each([
    [`set apikey=${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    [`x${TOKEN}`, []],
    ['https://fog-ringer-f42.notion.site/API-BD80F56CDC1441E6BF6011AB6D852875', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
