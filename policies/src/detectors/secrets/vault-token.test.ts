import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { vaultToken } from './vault-token';
import { B62, URLSAFE, fake } from './test-fixtures';

const TOKEN = fake('hvs.', URLSAFE, 100, 62);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(vaultToken, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/vault-token', () => {
  it.each([
    [`VAULT_TOKEN=${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    [`x${TOKEN}`, []],
    ['s.thisstringisalllowercase', []],
    ['s.makeKubeConfigController = args', []],
    [`token: ${fake('s.', B62, 24, 63)}`, [fake('s.', B62, 24, 63)]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
