import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { azureAdClientSecret } from './azure-ad-client-secret';
import { B62, URLSAFE, fake } from './test-fixtures';

const TOKEN = `${fake('', B62, 3, 76)}8Q~${fake('', URLSAFE, 34, 77)}`;

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(azureAdClientSecret, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/azure-ad-client-secret', () => {
  it.each([
    [`client_secret=${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    [`x${TOKEN}`, []],
    ['~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~', []],
    ['client_secret=bP88Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
