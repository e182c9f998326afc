import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { openshiftToken } from './openshift-token';
import { URLSAFE, fake } from './test-fixtures';

const TOKEN = fake('sha256~', URLSAFE, 43, 111);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(openshiftToken, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/openshift-token', () => {
  it.each([
    [`oc login --token=${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    [`x${TOKEN}`, []],
    ['--set kraken.kubeconfig.token.token="sha256~XXXXXXXXXX_PUT_YOUR_TOKEN_HERE_XXXXXXXXXXXX"', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
