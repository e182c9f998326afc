import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { privateKey } from './private-key';
import { B64, fake } from './test-fixtures';

const BODY = fake('', B64, 64, 98);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(privateKey, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/private-key', () => {
  it.each([
    [`-----BEGIN RSA PRIVATE KEY-----\n${BODY}\n${BODY}\n-----END RSA PRIVATE KEY-----`, [`-----BEGIN RSA PRIVATE KEY-----\n${BODY}\n${BODY}\n-----END RSA PRIVATE KEY-----`]],
    [`{"private_key": "-----BEGIN PRIVATE KEY-----\\n${BODY}\\n-----END PRIVATE KEY-----\\n"}`, [`-----BEGIN PRIVATE KEY-----\\n${BODY}\\n-----END PRIVATE KEY-----`]],
    [`paste: -----BEGIN OPENSSH PRIVATE KEY-----\n${BODY}`, [`-----BEGIN OPENSSH PRIVATE KEY-----\n${BODY}`]],
    ['-----BEGIN OPENSSH PRIVATE KEY----------END OPENSSH PRIVATE KEY-----', []],
    [`-----BEGIN PUBLIC KEY-----\n${BODY}\n-----END PUBLIC KEY-----`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
